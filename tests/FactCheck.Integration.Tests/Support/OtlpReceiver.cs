using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactCheck.Integration.Tests.Support;

/// <summary>A span as exported: which service, which trace, what it was.</summary>
public sealed record ExportedSpan(string Service, string TraceId, string SpanId, string Name);

/// <summary>
/// A collector stand-in on loopback (Kestrel) speaking OTLP/HTTP with protobuf bodies: it keeps the spans it
/// is sent, and doubles as the webhook endpoint so a test can follow one trace from intake to the webhook call.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ExportedSpan> Spans { get; } = new();

    /// <summary>The <c>traceparent</c> header of every webhook call received on <c>/hook</c>.</summary>
    public ConcurrentQueue<string> WebhookTraceParents { get; } = new();

    public Uri Address { get; private set; } = null!;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/traces", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            foreach (var span in OtlpProtobuf.ReadSpans(body.ToArray()))
                receiver.Spans.Enqueue(span);
            return Results.Ok();
        });
        app.MapPost("/v1/metrics", () => Results.Ok());
        app.MapPost("/v1/logs", () => Results.Ok());
        app.MapPost("/hook", (HttpContext context) =>
        {
            receiver.WebhookTraceParents.Enqueue(context.Request.Headers["traceparent"].ToString());
            return Results.NoContent();
        });
        await app.StartAsync();
        receiver.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>
/// Just enough protobuf to read <c>ExportTraceServiceRequest</c>: resource_spans(1) → resource(1) →
/// attributes(1) for service.name, and scope_spans(2) → spans(2) → trace_id(1), span_id(2), name(5).
/// </summary>
public static class OtlpProtobuf
{
    public static IEnumerable<ExportedSpan> ReadSpans(byte[] request)
    {
        foreach (var resourceSpans in Fields(request).Where(f => f.Number == 1).Select(f => f.Bytes))
        {
            var fields = Fields(resourceSpans).ToList();
            var service = fields.Where(f => f.Number == 1)
                .SelectMany(r => Fields(r.Bytes).Where(a => a.Number == 1))
                .Select(a => Fields(a.Bytes).ToList())
                .Where(kv => kv.Any(f => f.Number == 1 && Encoding.UTF8.GetString(f.Bytes) == "service.name"))
                .Select(kv => Encoding.UTF8.GetString(Fields(kv.Single(f => f.Number == 2).Bytes).Single(f => f.Number == 1).Bytes))
                .FirstOrDefault() ?? "";
            foreach (var scopeSpans in fields.Where(f => f.Number == 2).Select(f => f.Bytes))
            {
                foreach (var span in Fields(scopeSpans).Where(f => f.Number == 2).Select(f => Fields(f.Bytes).ToList()))
                {
                    yield return new ExportedSpan(
                        service,
                        Convert.ToHexStringLower(span.First(f => f.Number == 1).Bytes),
                        Convert.ToHexStringLower(span.First(f => f.Number == 2).Bytes),
                        Encoding.UTF8.GetString(span.FirstOrDefault(f => f.Number == 5).Bytes ?? []));
                }
            }
        }
    }

    private readonly record struct Field(int Number, byte[] Bytes);

    /// <summary>The length-delimited fields of a message (other wire types are skipped).</summary>
    private static IEnumerable<Field> Fields(byte[] message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var key = Varint(message, ref position);
            var number = (int)(key >> 3);
            switch ((int)(key & 7))
            {
                case 0:
                    Varint(message, ref position);
                    break;
                case 1:
                    position += 8;
                    break;
                case 5:
                    position += 4;
                    break;
                case 2:
                    var length = (int)Varint(message, ref position);
                    yield return new Field(number, message[position..(position + length)]);
                    position += length;
                    break;
                default:
                    throw new InvalidDataException($"Unsupported protobuf wire type {key & 7}.");
            }
        }
    }

    private static ulong Varint(byte[] message, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = message[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
                return value;
        }
    }
}
