using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Landau.Site.Diagnostics;
using Landau.Site.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace Landau.Site.Cli.Preview;

/// <summary>
/// Serves a <see cref="PreviewSite"/> from memory with Kestrel on a loopback address: the site's own
/// security headers, correct content types, <c>index.html</c> for folders, the language's 404 page
/// with status 404. HTML gets one extra script (only here, never in built files) that reloads the
/// page after each rebuild and shows a rebuild's errors over the last good page.
/// It answers only <c>GET</c> and <c>HEAD</c>, and only requests addressed to itself by name
/// (<c>Host</c>): a web page the editor visits cannot read drafts by pointing its own domain at
/// 127.0.0.1 (DNS rebinding), and no response allows other origins to read it (no CORS headers).
/// </summary>
/// <param name="site">The site to serve.</param>
/// <param name="catalogue">The language of the overlay: its own texts, the messages, the codes' titles and hints. German when not given.</param>
public sealed class PreviewServer(PreviewSite site, MessageCatalogue? catalogue = null) : IAsyncDisposable
{
    private readonly MessageCatalogue _catalogue = catalogue ?? MessageCatalogue.German;
    private readonly string _script = LiveReload.ScriptIn(catalogue ?? MessageCatalogue.German);
    /// <summary>The folder of the server's own files; no page of the site can live there.</summary>
    public const string OwnPrefix = "/_landau/";

    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();
    private readonly List<HttpResponse> _listeners = [];
    private readonly Lock _listenersLock = new();
    private WebApplication? _app;
    private Authority _authority = new(new HashSet<string>(), 0);

    /// <summary>The address the server listens on, e.g. <c>http://127.0.0.1:1313</c>.</summary>
    public string Address { get; private set; } = "";

    /// <summary>Starts listening on <paramref name="host"/>:<paramref name="port"/> (0: any free port).</summary>
    public async Task StartAsync(string host, int port, CancellationToken cancellation = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{host}:{port}");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancellation);
        Address = _app.Urls.First().TrimEnd('/');

        // The names a browser uses for this server: the loopback names, the bound address and --host
        // (Uri.Host keeps IPv6 brackets, as Host does), with the real port when 0 asked for any free
        // one. That port is known only now, so requests that came earlier were refused.
        var bound = _app.Urls.Select(url => new Uri(url)).ToList();
        var given = IPAddress.TryParse(host, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6
            ? $"[{address}]"
            : address?.ToString() ?? host;
        _authority = new Authority(
            new HashSet<string>(["localhost", "127.0.0.1", "[::1]", given, .. bound.Select(url => url.Host)], StringComparer.OrdinalIgnoreCase),
            bound[0].Port);
    }

    /// <summary>Tells every open page that a rebuild happened: reload, or show its problems.</summary>
    public async Task AnnounceAsync()
    {
        var message = site.Failed
            ? $"event: problems\ndata: {ProblemsJson()}\n\n"
            : $"event: reload\ndata: {site.Version}\n\n";
        HttpResponse[] listeners;
        lock (_listenersLock)
        {
            listeners = [.. _listeners];
        }

        foreach (var response in listeners)
        {
            try
            {
                await response.WriteAsync(message);
                await response.Body.FlushAsync();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
            {
                Forget(response);
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        // By hand, not ASP.NET Core's host filtering: that answers 400 and ignores the port, while a
        // request for another authority is 421 Misdirected Request (RFC 9110, section 15.5.20).
        var requestHost = context.Request.Host;
        var authority = _authority;
        if (!requestHost.HasValue)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, "The request has no Host header.");
            return;
        }

        if (!authority.Names.Contains(requestHost.Host) || (requestHost.Port ?? 80) != authority.Port)
        {
            await RefuseAsync(context, StatusCodes.Status421MisdirectedRequest, $"This preview answers only at {Address}/ or http://localhost:{authority.Port}/.");
            return;
        }

        // A preview only shows: nothing may change it, and no other method may reach a page.
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.Headers.Allow = "GET, HEAD";
            await RefuseAsync(context, StatusCodes.Status405MethodNotAllowed, "Only GET and HEAD are allowed.");
            return;
        }

        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith(OwnPrefix, StringComparison.Ordinal))
        {
            await ServeOwnAsync(context, path[OwnPrefix.Length..]);
            return;
        }

        foreach (var (name, value) in SecurityHeaders.All.Where(h => h.Name != "Strict-Transport-Security"))
        {
            // Plain http on the editor's own machine: no upgrade to https.
            context.Response.Headers[name] = value.Replace("; upgrade-insecure-requests", "", StringComparison.Ordinal);
        }

        context.Response.Headers.CacheControl = "no-store";
        var relative = Uri.UnescapeDataString(path.TrimStart('/'));
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }
        else if (site.File(relative) is null && site.HasFolder(relative))
        {
            // Kestrel adds "Content-Length: 0" to an empty GET response but not to HEAD; say it for both.
            context.Response.Redirect(path + "/" + context.Request.QueryString);
            context.Response.ContentLength = 0;
            return;
        }

        if (site.File(relative) is { } content)
        {
            await SendAsync(context, relative, content, StatusCodes.Status200OK);
            return;
        }

        // The language's "not found" page, with status 404, as the hosting configuration does.
        var language = relative.Split('/')[0];
        var notFound = site.File($"{language}/404.html") is not null ? $"{language}/404.html" : "404.html";
        await SendAsync(context, notFound, site.File(notFound) ?? Encoding.UTF8.GetBytes("<!doctype html><html lang=\"de\"><meta charset=\"utf-8\"><title>Nicht gefunden</title><h1>Diese Seite gibt es nicht.</h1></html>"), StatusCodes.Status404NotFound);
    }

    private static async Task SendAsync(HttpContext context, string path, byte[] content, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypeOf(path);
        if (path.EndsWith(".html", StringComparison.Ordinal))
        {
            content = LiveReload.Inject(content);
        }

        context.Response.ContentLength = content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(content);
        }
    }

    /// <summary>A refused request: its status and one line of plain text, never a page of the site.</summary>
    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        return SendTextAsync(context, "text/plain; charset=utf-8", message + "\n");
    }

    /// <summary>Text with its length, and for <c>HEAD</c> the same headers without the text.</summary>
    private static async Task SendTextAsync(HttpContext context, string contentType, string text)
    {
        var content = Encoding.UTF8.GetBytes(text);
        context.Response.ContentType = contentType;
        context.Response.ContentLength = content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(content);
        }
    }

    /// <summary>The content type of a file, by its extension; text types in UTF-8.</summary>
    public static string ContentTypeOf(string path)
    {
        var type = ContentTypes.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/javascript" or "image/svg+xml" or "application/xml" or "application/atom+xml" or "application/manifest+json"
            ? type + "; charset=utf-8"
            : type;
    }

    private async Task ServeOwnAsync(HttpContext context, string name)
    {
        context.Response.Headers.CacheControl = "no-store";
        switch (name)
        {
            case "events":
                await StreamEventsAsync(context);
                break;
            case "problems.json":
                await SendTextAsync(context, "application/json; charset=utf-8", site.Failed ? ProblemsJson() : "[]");
                break;
            case LiveReload.ScriptName:
                await SendTextAsync(context, "text/javascript; charset=utf-8", _script);
                break;
            case LiveReload.StyleName:
                await SendTextAsync(context, "text/css; charset=utf-8", LiveReload.Style);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                context.Response.ContentLength = 0;
                break;
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers["X-Accel-Buffering"] = "no";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return; // the stream's headers, and no stream to hold open
        }

        await response.WriteAsync($"event: hello\ndata: {site.Version}\n\n", context.RequestAborted);
        await response.Body.FlushAsync(context.RequestAborted);
        lock (_listenersLock)
        {
            _listeners.Add(response);
        }

        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            Forget(response);
        }
    }

    private void Forget(HttpResponse response)
    {
        lock (_listenersLock)
        {
            _listeners.Remove(response);
        }
    }

    /// <summary>
    /// The last build's errors and warnings, for the overlay: the message, and the code's title and
    /// hint (<see cref="DiagnosticHelp"/>), all in the catalogue's language.
    /// </summary>
    private string ProblemsJson() => JsonSerializer.Serialize(site.Problems.Select(p => new
    {
        file = p.Location?.Path,
        line = p.Location?.Line ?? 0,
        column = p.Location?.Column ?? 0,
        severity = p.Severity == Severity.Error ? "error" : "warning",
        code = p.Code,
        message = p.Text.Format(_catalogue),
        title = DiagnosticHelp.For(p.Code, _catalogue)?.Title,
        hint = DiagnosticHelp.For(p.Code, _catalogue)?.Hint,
    }));

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".vtt"] = "text/vtt";
        provider.Mappings[".atom"] = "application/atom+xml";
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>The host names (with IPv6 brackets) and the port that requests must be addressed to; one object, so both change together.</summary>
    private sealed record Authority(IReadOnlySet<string> Names, int Port);
}
