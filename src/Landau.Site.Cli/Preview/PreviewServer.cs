using System.Text;
using System.Text.Json;
using Landau.Site.Diagnostics;
using Landau.Site.Publishing;
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
/// </summary>
public sealed class PreviewServer(PreviewSite site) : IAsyncDisposable
{
    /// <summary>The folder of the server's own files; no page of the site can live there.</summary>
    public const string OwnPrefix = "/_landau/";

    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();
    private readonly List<HttpResponse> _listeners = [];
    private readonly Lock _listenersLock = new();
    private WebApplication? _app;

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
            context.Response.Redirect(path + "/" + context.Request.QueryString);
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
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync(site.Failed ? ProblemsJson() : "[]");
                break;
            case LiveReload.ScriptName:
                context.Response.ContentType = "text/javascript; charset=utf-8";
                await context.Response.WriteAsync(LiveReload.Script);
                break;
            case LiveReload.StyleName:
                context.Response.ContentType = "text/css; charset=utf-8";
                await context.Response.WriteAsync(LiveReload.Style);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers["X-Accel-Buffering"] = "no";
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
    /// The last build's errors and warnings, for the overlay: the English message as reported, plus
    /// the code's German title and hint for the editors (<see cref="DiagnosticHelp"/>).
    /// </summary>
    private string ProblemsJson() => JsonSerializer.Serialize(site.Problems.Select(p => new
    {
        file = p.Location?.Path,
        line = p.Location?.Line ?? 0,
        column = p.Location?.Column ?? 0,
        severity = p.Severity == Severity.Error ? "error" : "warning",
        code = p.Code,
        message = p.Message,
        title = DiagnosticHelp.For(p.Code)?.Title,
        hint = DiagnosticHelp.For(p.Code)?.Hint,
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
}
