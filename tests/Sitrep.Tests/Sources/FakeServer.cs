using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Sitrep.Tests.Sources;

/// <summary>What a fake provider does to the next request of a path instead of answering it.</summary>
internal enum Fault
{
    /// <summary>Answered as usual (to let requests through before a fault).</summary>
    None,

    /// <summary>HTTP 503.</summary>
    ServerError,

    /// <summary>HTTP 429 with <c>Retry-After: 1</c>.</summary>
    RateLimited,

    /// <summary>HTTP 429 with <c>Retry-After: 86400</c>: a daily quota spent.</summary>
    QuotaSpent,

    /// <summary>The body cut in half (a proxy dropping the connection).</summary>
    Truncated,

    /// <summary>HTTP 401 (an expired or revoked token).</summary>
    Unauthorized,
}

/// <summary>
/// An in-process HTTP server (ASP.NET Core's TestHost) standing in for a provider API: requests are answered by a
/// provider's handler, faults queued per path come first, and every request is logged. Nothing touches the network.
/// </summary>
internal sealed class FakeServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Queue<Fault>> faults = new(StringComparer.Ordinal);

    private FakeServer(WebApplication app)
    {
        this.app = app;
        Handler = app.GetTestServer().CreateHandler();
    }

    /// <summary>Gets the handler a client sends through.</summary>
    public HttpMessageHandler Handler { get; }

    /// <summary>Gets every request, as method, path and query, with the headers a test checks.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Gets every request's headers and form, flattened, to check that no secret leaks where it should not.</summary>
    public ConcurrentQueue<string> Traffic { get; } = new();

    public static async Task<FakeServer> StartAsync(Func<HttpContext, Task<Reply>> route)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeServer? server = null;
        app.Run(async context =>
        {
            var request = context.Request;
            server!.Requests.Enqueue(request.Method + " " + request.Path + request.QueryString);
            var traffic = new StringBuilder();
            foreach (var header in request.Headers)
            {
                traffic.Append(header.Key).Append(": ").Append(header.Value.ToString()).Append('\n');
            }

            server.Traffic.Enqueue(traffic.ToString());
            var truncate = false;
            if (server.faults.TryGetValue(request.Path.Value ?? string.Empty, out var queue) && queue.TryDequeue(out var fault))
            {
                if (fault is not Fault.Truncated and not Fault.None)
                {
                    await WriteFaultAsync(context, fault);
                    return;
                }

                truncate = fault == Fault.Truncated;
            }

            var reply = await route(context);
            reply = truncate ? reply.Truncated() : reply;
            context.Response.StatusCode = reply.Status;
            if (reply.RetryAfter is { } wait)
            {
                context.Response.Headers.RetryAfter = wait;
            }

            context.Response.ContentType = reply.ContentType;
            await context.Response.Body.WriteAsync(reply.Body);
        });
        await app.StartAsync();
        server = new FakeServer(app);
        return server;
    }

    /// <summary>Queues faults for the next requests of a path, in order.</summary>
    public void Inject(string path, params Fault[] next)
    {
        var queue = faults.GetOrAdd(path, _ => new Queue<Fault>());
        foreach (var fault in next)
        {
            queue.Enqueue(fault);
        }
    }

    /// <summary>Drops the faults still queued.</summary>
    public void ClearFaults() => faults.Clear();

    public async ValueTask DisposeAsync()
    {
        Handler.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static async Task WriteFaultAsync(HttpContext context, Fault fault)
    {
        var response = context.Response;
        switch (fault)
        {
            case Fault.ServerError:
                response.StatusCode = 503;
                await response.WriteAsync("Service Unavailable");
                break;
            case Fault.RateLimited:
                response.StatusCode = 429;
                response.Headers.RetryAfter = "1";
                await response.WriteAsync("{\"message\":\"Too many requests\"}");
                break;
            case Fault.QuotaSpent:
                response.StatusCode = 429;
                response.Headers.RetryAfter = "86400";
                await response.WriteAsync("{\"message\":\"Daily quota of requests reached\"}");
                break;
            case Fault.Unauthorized:
                response.StatusCode = 401;
                await response.WriteAsync("{\"message\":\"The token has expired\"}");
                break;
        }
    }
}

/// <summary>A fake provider's answer.</summary>
internal sealed record Reply(int Status, byte[] Body, string ContentType = "application/json", string? RetryAfter = null)
{
    public static Reply Json(Action<Utf8JsonWriter> write, int status = 200)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return new Reply(status, buffer.ToArray());
    }

    public static Reply Text(string text, int status = 200) => new(status, Encoding.UTF8.GetBytes(text), "text/plain");

    /// <summary>The same reply cut in half.</summary>
    public Reply Truncated() => this with { Body = Body[..(Body.Length / 2)] };
}
