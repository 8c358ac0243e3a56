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
    public static Text PortError(string given) => new Text("Preview.PortInvalid", given, DefaultPort);

    /// <summary>
    /// Runs the preview until <paramref name="cancellation"/>. Returns <see cref="CommandLine.UsageError"/>
    /// with a one-line message, before building anything, when it cannot listen on <paramref name="host"/>:<paramref name="port"/>.
    /// Everything it prints, and the browser's overlay, is worded in <paramref name="catalogue"/>'s language (default German).
    /// </summary>
    public static async Task<int> RunAsync(BuildOptions options, string host, int port, bool timings, TextWriter stdout, TextWriter stderr, CancellationToken cancellation, MessageCatalogue? catalogue = null)
    {
        catalogue ??= MessageCatalogue.German;
        string T(string key, params object[] values) => new Text(key, values).Format(catalogue);
        if (!IPAddress.TryParse(host, out var address) && host != "localhost")
        {
            stderr.WriteLine("landau-site: error: " + T("Preview.HostInvalid", host));
            return CommandLine.UsageError;
        }

        if (!IsPort(port))
        {
            stderr.WriteLine("landau-site: error: " + PortError(port.ToString(CultureInfo.InvariantCulture)).Format(catalogue));
            return CommandLine.UsageError;
        }

        if (address is not null && !IPAddress.IsLoopback(address))
        {
            stderr.WriteLine("landau-site: warning: " + T("Preview.NotLoopback", host));
        }

        var site = new PreviewSite(options);
        await using var server = new PreviewServer(site, catalogue);
        try
        {
            await server.StartAsync(host, port, cancellation);
        }
        // Exit 2, as for a bad option: the port or address chosen does not fit this computer; the
        // content is fine, and scripts tell the two apart by the exit code (1 is for content errors).
        catch (IOException ex) when (ex.InnerException is AddressInUseException)
        {
            var other = port < IPEndPoint.MaxPort ? port + 1 : DefaultPort;
            stderr.WriteLine("landau-site: error: " + T("Preview.PortInUse", port.ToString(CultureInfo.InvariantCulture), host, other.ToString(CultureInfo.InvariantCulture)));
            return CommandLine.UsageError;
        }
        catch (Exception ex) when (ex is IOException or SocketException)
        {
            stderr.WriteLine("landau-site: error: " + T("Preview.CannotListen", host, port.ToString(CultureInfo.InvariantCulture), ex.Message));
            return CommandLine.UsageError;
        }

        site.ServeAt(server.Address + "/");
        using var watcher = new SourceWatcher(options.SourceDirectory);
        var warned = new SessionProblems(catalogue);
        Report(site.Rebuild(), stdout, stderr, first: true, timings, warned, catalogue);
        stdout.WriteLine(T("Preview.Watching", server.Address));
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                var changed = await watcher.NextAsync(Quiet, cancellation);
                var more = changed.Count > 5 ? new Text("Preview.AndMore", changed.Count - 5) : Text.None;
                stdout.WriteLine(T("Preview.Changed", string.Join(", ", changed.Take(5)), more));
                var report = site.Rebuild();
                Report(report, stdout, stderr, first: false, timings, warned, catalogue);
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

        stdout.WriteLine(T("Preview.Stopped"));
        return CommandLine.Success;
    }

    private static void Report(RebuildReport report, TextWriter stdout, TextWriter stderr, bool first, bool timings, SessionProblems problems, MessageCatalogue catalogue)
    {
        problems.Print(report.Problems, stderr);

        var ms = Math.Round(report.Elapsed.TotalMilliseconds);
        var line = report.Succeeded
            ? new Text(first ? "Preview.Built" : "Preview.Rebuilt", ms, CommandLine.Plural(catalogue, "Cli.Pages", report.RenderedPages), report.ReusedPages)
            : new Text(first ? "Preview.BuiltWithErrors" : "Preview.RebuiltWithErrors", ms, CommandLine.Plural(catalogue, "Cli.Errors", report.Problems.Count(p => p.Severity == Severity.Error)));
        stdout.WriteLine(line.Format(catalogue));
        if (timings)
        {
            stdout.WriteLine("  " + string.Join(", ", report.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms")));
        }
    }
}
