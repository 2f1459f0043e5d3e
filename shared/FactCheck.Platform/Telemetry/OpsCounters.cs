using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace FactCheck.Platform.Telemetry;

/// <summary>One instrument's running totals for one combination of tags.</summary>
public sealed record OpsSeries(string Instrument, string Unit, string Tags, long Count, double Sum, double Max)
{
    public double Mean => Count == 0 ? 0 : Sum / Count;
}

/// <summary>
/// Listens to the project's own instruments in-process and keeps running totals, so the embedded default
/// can show live counters on <c>/ops</c> without a collector.
/// </summary>
public sealed class OpsCounters : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Instrument, string Tags), Totals> _totals = new();

    public OpsCounters()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == FactCheckTelemetry.Name)
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Record(i, value, tags));
        _listener.SetMeasurementEventCallback<int>((i, value, tags, _) => Record(i, value, tags));
        _listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Record(i, value, tags));
        _listener.Start();
    }

    /// <summary>Every series seen so far; gauges report their latest value as <see cref="OpsSeries.Sum"/>.</summary>
    public IReadOnlyList<OpsSeries> Snapshot()
    {
        _listener.RecordObservableInstruments();
        return _totals
            .Select(t => t.Value.ToSeries(t.Key.Instrument, t.Key.Tags))
            .OrderBy(s => s.Instrument, StringComparer.Ordinal)
            .ThenBy(s => s.Tags, StringComparer.Ordinal)
            .ToList();
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var key = string.Join(", ", tags.ToArray().OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"));
        var totals = _totals.GetOrAdd((instrument.Name, key), _ => new Totals(instrument.Unit ?? "", instrument.GetType().Name.StartsWith("Observable", StringComparison.Ordinal)));
        totals.Add(value);
    }

    private sealed class Totals(string unit, bool isGauge)
    {
        private readonly Lock _lock = new();
        private long _count;
        private double _sum;
        private double _max;

        public void Add(double value)
        {
            lock (_lock)
            {
                _count++;
                _sum = isGauge ? value : _sum + value;
                _max = _count == 1 ? value : Math.Max(_max, value);
            }
        }

        public OpsSeries ToSeries(string instrument, string tags)
        {
            lock (_lock)
                return new OpsSeries(instrument, unit, tags, _count, _sum, _max);
        }
    }
}
