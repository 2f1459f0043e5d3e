using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FactCheck.Platform.Telemetry;

/// <summary>The project's own trace source and meter; every service records under these names.</summary>
public static class FactCheckTelemetry
{
    public const string Name = "FactCheck";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);
}
