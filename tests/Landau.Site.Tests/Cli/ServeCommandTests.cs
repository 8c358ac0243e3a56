using System.Net;
using System.Net.Sockets;
using Landau.Site.Building;
using Landau.Site.Cli;
using Landau.Site.Cli.Preview;
using Landau.Site.Diagnostics;
using Landau.Site.Tests.Support;

namespace Landau.Site.Tests.Cli;

/// <summary>
/// <c>landau-site serve</c> with options it cannot use: exit 2 and one plain line naming the option,
/// before anything is built or served, never an exception.
/// </summary>
public sealed class ServeCommandTests
{
    /// <summary>A refused option answers at once; a serve that starts instead fails the test rather than hanging it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await Task.Run(() => CommandLine.Run(["--messages", "en", .. args], stdout, stderr), Ct).WaitAsync(Patience, Ct);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static void AssertPlainOneLineError(string stderr, string stdout)
    {
        Assert.StartsWith("landau-site: error: ", stderr);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal); // never a stack trace
        Assert.DoesNotContain("Preview:", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("65536")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("")]
    public async Task A_port_that_is_not_1_to_65535_exits_2_and_says_what_a_port_is(string given)
    {
        var (code, stdout, stderr) = await RunAsync("serve", "--source", RepoPaths.Fixture("golden-site"), "--port", given);

        Assert.Equal(CommandLine.UsageError, code);
        AssertPlainOneLineError(stderr, stdout);
        Assert.Contains($"--port must be a whole number from 1 to 65535 (or 0 for any free port), not '{given}'.", stderr);
    }

    [Fact]
    public async Task A_port_out_of_range_given_to_the_preview_itself_exits_2_before_building()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var options = new BuildOptions { SourceDirectory = RepoPaths.Fixture("golden-site") };
        var code = await PreviewCommand.RunAsync(options, "127.0.0.1", 99999, timings: false, stdout, stderr, Ct, MessageCatalogue.English).WaitAsync(Patience, Ct);

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Equal($"landau-site: error: {PreviewCommand.PortError("99999")}", stderr.ToString().TrimEnd());
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public async Task A_port_in_use_exits_2_with_one_line_that_suggests_another_port()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (code, stdout, stderr) = await RunAsync("serve", "--source", RepoPaths.Fixture("golden-site"), "--port", $"{port}");

        Assert.Equal(CommandLine.UsageError, code);
        AssertPlainOneLineError(stderr, stdout);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"--port {port}: the port is already in use on 127.0.0.1.", stderr);
        Assert.Contains("--port 0 picks a free one", stderr);
    }

    [Fact]
    public async Task A_source_folder_that_is_not_there_exits_2_and_names_the_option()
    {
        var missing = Path.Combine(Path.GetTempPath(), "landau-site-test-missing-" + Guid.NewGuid().ToString("N")[..12]);

        var (code, stdout, stderr) = await RunAsync("serve", "--source", missing, "--port", "0");

        Assert.Equal(CommandLine.UsageError, code);
        AssertPlainOneLineError(stderr, stdout);
        Assert.Contains($"--source: the folder '{missing}' does not exist.", stderr);
    }

    [Fact]
    public async Task A_host_that_is_a_name_exits_2_and_names_the_option()
    {
        var (code, stdout, stderr) = await RunAsync("serve", "--source", RepoPaths.Fixture("golden-site"), "--port", "0", "--host", "preview.example");

        Assert.Equal(CommandLine.UsageError, code);
        AssertPlainOneLineError(stderr, stdout);
        Assert.Contains("--host must be localhost or an IP address of this computer", stderr);
        Assert.Contains("'preview.example'", stderr);
    }

    [Fact]
    public async Task A_host_address_this_computer_does_not_have_exits_2_with_a_plain_message()
    {
        // 192.0.2.1 is reserved for documentation (RFC 5737): no computer has it, so nothing can listen there.
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        stop.CancelAfter(Patience);
        var options = new BuildOptions { SourceDirectory = RepoPaths.Fixture("golden-site") };
        var code = await PreviewCommand.RunAsync(options, "192.0.2.1", 0, timings: false, stdout, stderr, stop.Token, MessageCatalogue.English);

        Assert.Equal(CommandLine.UsageError, code);
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length); // the warning about a non-loopback address, then the error
        Assert.StartsWith("landau-site: error: cannot listen on 192.0.2.1:0 (", lines[1]);
        Assert.Contains("Use --host with an address of this computer", lines[1]);
        Assert.DoesNotContain("Exception", stderr.ToString(), StringComparison.Ordinal);
    }
}
