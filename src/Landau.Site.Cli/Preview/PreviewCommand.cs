using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Landau.Site.Building;
using Landau.Site.Diagnostics;
using Microsoft.AspNetCore.Connections;

namespace Landau.Site.Cli.Preview;

/// <summary>
/// <c>landau-site serve</c>: build, serve on a loopback address, watch the sources, rebuild what an
/// edit changed, and reload the open pages. Runs until cancelled (Ctrl+C).
/// </summary>
public static class PreviewCommand
{
    /// <summary>How long the sources must be quiet after a change before the rebuild starts.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);

    /// <summary>The port the preview uses when <c>--port</c> is not given.</summary>
    public const int DefaultPort = 1313;

    /// <summary>Whether the preview can listen on <paramref name="port"/>: 1 to 65535, or 0 for any free port.</summary>
    public static bool IsPort(int port) => port is >= IPEndPoint.MinPort and <= IPEndPoint.MaxPort;

    /// <summary>What to tell an editor whose <c>--port</c> is not a port number (<paramref name="given"/> as typed).</summary>
    public static string PortError(string given) =>
        $"--port must be a whole number from 1 to 65535 (or 0 for any free port), not '{given}'. Without --port the preview uses {DefaultPort}.";

    /// <summary>
    /// Runs the preview until <paramref name="cancellation"/>. Returns <see cref="CommandLine.UsageError"/>
    /// with a one-line message, before building anything, when it cannot listen on <paramref name="host"/>:<paramref name="port"/>.
    /// </summary>
    public static async Task<int> RunAsync(BuildOptions options, string host, int port, bool timings, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (!IPAddress.TryParse(host, out var address) && host != "localhost")
        {
            stderr.WriteLine($"landau-site: error: --host must be localhost or an IP address of this computer such as 127.0.0.1 (the default), not '{host}'.");
            return CommandLine.UsageError;
        }

        if (!IsPort(port))
        {
            stderr.WriteLine($"landau-site: error: {PortError(port.ToString(CultureInfo.InvariantCulture))}");
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
        // Exit 2, as for a bad option: the port or address chosen does not fit this computer; the
        // content is fine, and scripts tell the two apart by the exit code (1 is for content errors).
        catch (IOException ex) when (ex.InnerException is AddressInUseException)
        {
            var other = port < IPEndPoint.MaxPort ? port + 1 : DefaultPort;
            stderr.WriteLine($"landau-site: error: --port {port}: the port is already in use on {host}. Is another preview running? Stop it, or choose another port, e.g. --port {other} (--port 0 picks a free one).");
            return CommandLine.UsageError;
        }
        catch (Exception ex) when (ex is IOException or SocketException)
        {
            stderr.WriteLine($"landau-site: error: cannot listen on {host}:{port} ({ex.Message}). Use --host with an address of this computer (the default 127.0.0.1 always works) and a --port from 1024 up (lower ports need administrator rights).");
            return CommandLine.UsageError;
        }

        site.ServeAt(server.Address + "/");
        using var watcher = new SourceWatcher(options.SourceDirectory);
        var warned = new SessionProblems();
        Report(site.Rebuild(), stdout, stderr, "Built", timings, warned);
        stdout.WriteLine($"Preview: {server.Address}/  (watching site.yml, content/, layouts/, i18n/; stop with Ctrl+C)");
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                var changed = await watcher.NextAsync(Quiet, cancellation);
                stdout.WriteLine($"Changed: {string.Join(", ", changed.Take(5))}{(changed.Count > 5 ? $" and {changed.Count - 5} more" : "")}");
                var report = site.Rebuild();
                Report(report, stdout, stderr, "Rebuilt", timings, warned);
                if (report.Changed)
                {
                    await server.AnnounceAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C
        }

        stdout.WriteLine("Preview stopped.");
        return CommandLine.Success;
    }

    private static void Report(RebuildReport report, TextWriter stdout, TextWriter stderr, string verb, bool timings, SessionProblems problems)
    {
        problems.Print(report.Problems, stderr);

        var ms = report.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        stdout.WriteLine(report.Succeeded
            ? $"{verb} in {ms} ms: {report.RenderedPages} pages rendered, {report.ReusedPages} unchanged."
            : $"{verb} with errors in {ms} ms: {report.Problems.Count(p => p.Severity == Severity.Error)} error(s); the preview shows the last good version.");
        if (timings)
        {
            stdout.WriteLine("  " + string.Join(", ", report.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms")));
        }
    }
}
