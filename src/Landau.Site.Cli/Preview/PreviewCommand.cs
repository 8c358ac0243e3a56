using System.Globalization;
using System.Net;
using Landau.Site.Building;

namespace Landau.Site.Cli.Preview;

/// <summary>
/// <c>landau-site serve</c>: build, serve on a loopback address, watch the sources, rebuild what an
/// edit changed, and reload the open pages. Runs until cancelled (Ctrl+C).
/// </summary>
public static class PreviewCommand
{
    /// <summary>How long the sources must be quiet after a change before the rebuild starts.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);

    public static async Task<int> RunAsync(BuildOptions options, string host, int port, bool timings, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (!IPAddress.TryParse(host, out var address) && host != "localhost")
        {
            stderr.WriteLine($"landau-site: error: --host must be an IP address such as 127.0.0.1, not '{host}'.");
            return CommandLine.UsageError;
        }

        if (address is not null && !IPAddress.IsLoopback(address))
        {
            stderr.WriteLine($"landau-site: warning: {host} is not a loopback address: other computers on the network can see the preview, drafts included.");
        }

        var site = new PreviewSite(options);
        await using var server = new PreviewServer(site);
        try
        {
            await server.StartAsync(host, port, cancellation);
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"landau-site: error: cannot listen on {host}:{port} ({ex.Message}). Is another preview running? Try --port {port + 1}.");
            return CommandLine.UsageError;
        }

        site.ServeAt(server.Address + "/");
        using var watcher = new SourceWatcher(options.SourceDirectory);
        Report(site.Rebuild(), stdout, stderr, "Built", timings);
        stdout.WriteLine($"Preview: {server.Address}/  (watching site.yml, content/, layouts/, i18n/; stop with Ctrl+C)");
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                var changed = await watcher.NextAsync(Quiet, cancellation);
                stdout.WriteLine($"Changed: {string.Join(", ", changed.Take(5))}{(changed.Count > 5 ? $" and {changed.Count - 5} more" : "")}");
                Report(site.Rebuild(), stdout, stderr, "Rebuilt", timings);
                await server.AnnounceAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C
        }

        stdout.WriteLine("Preview stopped.");
        return CommandLine.Success;
    }

    private static void Report(RebuildReport report, TextWriter stdout, TextWriter stderr, string verb, bool timings)
    {
        foreach (var problem in report.Problems)
        {
            stderr.WriteLine(problem.ToString());
        }

        var ms = report.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        stdout.WriteLine(report.Succeeded
            ? $"{verb} in {ms} ms: {report.RenderedPages} pages rendered, {report.ReusedPages} unchanged."
            : $"{verb} with errors in {ms} ms: {report.Problems.Count(p => p.Severity == Diagnostics.Severity.Error)} error(s); the preview shows the last good version.");
        if (timings)
        {
            stdout.WriteLine("  " + string.Join(", ", report.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms")));
        }
    }
}
