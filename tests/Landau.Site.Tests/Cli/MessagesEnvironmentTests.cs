using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Cli;

/// <summary>
/// <see cref="MessageCatalogue.EnvironmentVariable"/> chooses when <c>--messages</c> is not given. Run
/// alone: the variable is the whole process's, and other tests expect German by default.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class MessagesEnvironmentTests
{
    [Fact]
    public void The_environment_variable_chooses_when_the_option_is_not_given()
    {
        using var site = TestSite.FromFixture();
        using (new EnvironmentVariable(MessageCatalogue.EnvironmentVariable, "en"))
        {
            Assert.StartsWith("Checked 13 pages", MessagesOptionTests.Run("check", "--source", site.Root).Stdout);
            Assert.StartsWith("Website geprüft: 13 Seiten", MessagesOptionTests.Run("check", "--source", site.Root, "--messages", "de").Stdout);
        }
    }
}
