using FactCheck.Alerts;
using FactCheck.Integration.Tests.Support;
using FactCheck.Intake;
using FactCheck.Platform.Data;
using FactCheck.Platform.Hosting;
using FactCheck.Platform.Messaging;

namespace FactCheck.Integration.Tests.Deployment;

/// <summary>
/// No container engine runs here, so the deployment files are checked for what can be checked: they
/// parse, every role has a Deployment, and every environment key they give a FactCheck container is
/// one the options classes (or the platform itself) read.
/// </summary>
public sealed class DeploymentFilesTests
{
    private static readonly Dictionary<string, Type> OptionSections = new(StringComparer.OrdinalIgnoreCase)
    {
        [BusOptions.Section] = typeof(BusOptions),
        [DatabaseOptions.Section] = typeof(DatabaseOptions),
        [IntakeOptions.Section] = typeof(IntakeOptions),
        [AlertsOptions.Section] = typeof(AlertsOptions),
    };

    private static string Deploy(string path) => Path.Combine(Servers.RepositoryRoot, "deploy", path);

    [Fact]
    public void Should_set_only_bound_keys_when_compose_configures_the_roles()
    {
        var compose = (Dictionary<string, object?>)MiniYaml.ParseDocuments(File.ReadAllText(Deploy("docker-compose.yml"))).Single()!;
        var services = (Dictionary<string, object?>)compose["services"]!;

        var ours = services.Where(s => Map(s.Value).GetValueOrDefault("image") as string == "factcheck").ToList();
        var keys = ours.SelectMany(s => Map(Map(s.Value)["environment"]).Keys).Distinct().ToList();
        var roles = ours.Select(s => List(Map(s.Value)["command"])).Where(c => c[0] == "serve").Select(c => c[2]).ToList();

        Assert.All(keys, key => Assert.True(IsBound(key), $"docker-compose.yml sets {key}, which nothing binds"));
        Assert.Equal(Roles.All.Order(), roles.Order());
        Assert.Contains("rabbitmq", services.Keys);
        Assert.Contains("postgres", services.Keys);
        Assert.Contains("otel-collector", services.Keys);
        Assert.True(File.Exists(Deploy("Dockerfile")));
    }

    [Fact]
    public void Should_give_every_role_a_deployment_and_scale_extraction_and_comparison_when_deployed_on_kubernetes()
    {
        var documents = Directory.EnumerateFiles(Deploy("k8s"), "*.yaml")
            .SelectMany(f => MiniYaml.ParseDocuments(File.ReadAllText(f)))
            .Select(Map)
            .ToList();
        var configMaps = documents.Where(d => (string?)d["kind"] == "ConfigMap").ToList();
        var containers = documents.Where(d => (string?)d["kind"] is "Deployment" or "Job")
            .SelectMany(d => List<object?>(Map(Map(Map(Map(d["spec"])["template"])["spec"]))["containers"]).Select(Map))
            .ToList();

        var keys = configMaps.SelectMany(c => Map(c["data"]).Keys)
            .Concat(containers.SelectMany(c => List<object?>(c.GetValueOrDefault("env")).Select(e => (string)Map(e)["name"]!)))
            .Distinct()
            .ToList();
        var deployed = containers.Select(c => List(c["args"])).Where(a => a[0] == "serve").Select(a => a[2]).ToList();
        var scaled = documents.Where(d => (string?)d["kind"] == "HorizontalPodAutoscaler")
            .Select(d => (string)Map(Map(d["spec"])["scaleTargetRef"])["name"]!).ToList();
        var referencedMaps = containers.SelectMany(c => List<object?>(c.GetValueOrDefault("envFrom")))
            .Select(e => (string)Map(Map(e)["configMapRef"])["name"]!).Distinct();

        Assert.All(keys, key => Assert.True(IsBound(key), $"a Kubernetes manifest sets {key}, which nothing binds"));
        Assert.Equal(Roles.All.Order(), deployed.Order());
        Assert.Equal(["factcheck-comparison", "factcheck-extraction"], scaled.Order());
        Assert.All(referencedMaps, name => Assert.Contains(configMaps, c => (string?)Map(c["metadata"])["name"] == name));
        Assert.DoesNotContain(documents, d => (string?)d["kind"] == "Secret");
    }

    [Theory]
    [InlineData("Bus__RabbitMqUri", true)]
    [InlineData("Bus__Endpoints__article-accepted__PrefetchCount", true)]
    [InlineData("Database__ConnectionString", true)]
    [InlineData("Logging__LogLevel__Default", true)]
    [InlineData("Bus__RabbitUri", false)]
    [InlineData("Bus__Endpoints__no-such-queue__PrefetchCount", false)]
    [InlineData("OTEL_SERVICE_NAME", false)]
    public void Should_tell_bound_keys_from_unbound_ones_when_checking_environment_keys(string key, bool bound)
    {
        Assert.Equal(bound, IsBound(key));
    }

    /// <summary>
    /// A key is bound when it names a property path of an options class, or one of the few settings the
    /// platform reads directly: the roles, the listen address, log levels and the OTLP endpoint.
    /// </summary>
    private static bool IsBound(string environmentKey)
    {
        var path = environmentKey.Split("__");
        if (path is ["Roles"] or ["ASPNETCORE_URLS"] or ["OTEL_EXPORTER_OTLP_ENDPOINT"] or ["Logging", "LogLevel", _])
            return true;
        if (!OptionSections.TryGetValue(path[0], out var type))
            return false;
        for (var i = 1; i < path.Length; i++)
        {
            var property = type.GetProperty(path[i], System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
            if (property is null || !property.CanWrite)
                return false;
            type = property.PropertyType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
            {
                if (++i >= path.Length || !EndpointQueues.Contains(path[i]))
                    return false;
                type = type.GetGenericArguments()[1];
            }
        }

        return path.Length > 1;
    }

    private static readonly HashSet<string> EndpointQueues = new(Outcome.ConsumerQueues, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, object?> Map(object? value) => value as Dictionary<string, object?> ?? [];

    private static List<T> List<T>(object? value) => value is List<object?> list ? list.Cast<T>().ToList() : [];

    private static List<string> List(object? value) => List<string>(value);
}
