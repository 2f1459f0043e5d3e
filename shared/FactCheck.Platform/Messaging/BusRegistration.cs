using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactCheck.Platform.Messaging;

/// <summary>A consumer a service contributes to the one bus of the process.</summary>
public sealed record ConsumerRegistration(Type ConsumerType, Type? DefinitionType = null);

public static class BusRegistration
{
    /// <summary>Called by a service's <c>AddX()</c>: the consumer joins the bus when <see cref="AddFactCheckBus"/> builds it.</summary>
    public static IServiceCollection AddBusConsumer<TConsumer>(this IServiceCollection services)
        where TConsumer : class, IConsumer
    {
        services.AddSingleton(new ConsumerRegistration(typeof(TConsumer)));
        return services;
    }

    /// <summary>As <see cref="AddBusConsumer{TConsumer}"/>, with the consumer's endpoint settings in a definition.</summary>
    public static IServiceCollection AddBusConsumer<TConsumer, TDefinition>(this IServiceCollection services)
        where TConsumer : class, IConsumer
        where TDefinition : class, IConsumerDefinition<TConsumer>
    {
        services.AddSingleton(new ConsumerRegistration(typeof(TConsumer), typeof(TDefinition)));
        return services;
    }

    /// <summary>The consumers registered so far, in registration order.</summary>
    public static IReadOnlyList<ConsumerRegistration> Consumers(this IServiceCollection services) => services
        .Where(d => d.ServiceType == typeof(ConsumerRegistration) && d.ImplementationInstance is not null)
        .Select(d => (ConsumerRegistration)d.ImplementationInstance!)
        .Distinct()
        .ToList();

    /// <summary>
    /// One bus per process with every registered service's consumers; the transport is chosen by
    /// <c>Bus:Transport</c>. Retry, delayed redelivery (RabbitMQ), queue kind and limits are configured here once for every endpoint,
    /// never in consumers. The host waits for the bus (connected, queues declared) before it takes work.
    /// </summary>
    public static IServiceCollection AddFactCheckBus(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        var consumers = services.Consumers();
        var deployOnly = configuration.GetValue<bool>(DeployTopologyOnlyKey);

        if (options.Transport == BusTransport.RabbitMq)
            services.AddSingleton<DelayQueues>();
        if (options.Transport == BusTransport.RabbitMq && !deployOnly && consumers.Count > 0 && options.ConsumerCheckSeconds > 0)
        {
            var queues = consumers.Select(EndpointTopology.QueueName).Distinct().ToList();
            services.AddHostedService(sp => new ConsumerWatchdog(sp.GetRequiredService<IBusControl>(), new Uri(options.RabbitMqUri!), queues,
                TimeSpan.FromSeconds(options.ConsumerCheckSeconds), sp.GetRequiredService<ILogger<ConsumerWatchdog>>()));
        }
        services.AddOptions<MassTransitHostOptions>().Configure(host =>
        {
            host.WaitUntilStarted = true;
            host.StartTimeout = TimeSpan.FromMinutes(2);
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            foreach (var consumer in consumers)
                bus.AddConsumer(consumer.ConsumerType, consumer.DefinitionType);
            bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
                ConfigureEndpoint(name, endpoint, context.GetRequiredService<IOptions<BusOptions>>().Value));

            switch (options.Transport)
            {
                case BusTransport.RabbitMq:
                    bus.UsingRabbitMq((context, cfg) =>
                    {
                        var settings = context.GetRequiredService<IOptions<BusOptions>>().Value;
                        cfg.Host(new Uri(settings.RabbitMqUri!), host =>
                        {
                            host.PublisherConfirmation = true;
                            host.Heartbeat(TimeSpan.FromSeconds(10));
                            host.RequestedConnectionTimeout(TimeSpan.FromSeconds(10));
                            host.ConnectionName(AppDomain.CurrentDomain.FriendlyName);
                        });
                        // Exchanges of published messages exist from the start; the queues behind them are
                        // declared by their consumers' processes, or by `factcheck migrate` for all at once.
                        cfg.DeployPublishTopology = true;
                        cfg.DeployTopologyOnly = deployOnly;
                        // Outside the retry filter: it sees a failure only once the immediate retries are spent.
                        cfg.UseConsumeFilter(typeof(DelayedRedeliveryFilter<>), context);
                        ConfigureBus(context, cfg, settings);
                    });
                    break;
                default:
                    bus.UsingInMemory((context, cfg) =>
                        ConfigureBus(context, cfg, context.GetRequiredService<IOptions<BusOptions>>().Value));
                    break;
            }
        });
        return services;
    }

    /// <summary>Set by <c>factcheck migrate</c>: declare every queue and exchange, then stop without consuming.</summary>
    public const string DeployTopologyOnlyKey = "Bus:DeployTopologyOnly";

    private static void ConfigureBus<T>(IBusRegistrationContext context, IBusFactoryConfigurator<T> cfg, BusOptions settings)
        where T : IReceiveEndpointConfigurator
    {
        cfg.PrefetchCount = settings.PrefetchCount;
        cfg.ConcurrentMessageLimit = settings.ConcurrentMessageLimit;
        cfg.UseMessageRetry(retry => retry.Exponential(
            settings.RetryLimit, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(settings.RetryMaxIntervalSeconds), TimeSpan.FromMilliseconds(400)));
        cfg.ConfigureEndpoints(context);
    }

    private static void ConfigureEndpoint(string name, IReceiveEndpointConfigurator endpoint, BusOptions settings)
    {
        if (settings.Endpoints.TryGetValue(name, out var limits))
        {
            if (limits.PrefetchCount is { } prefetch)
                endpoint.PrefetchCount = prefetch;
            if (limits.ConcurrentMessageLimit is { } concurrency)
                endpoint.ConcurrentMessageLimit = concurrency;
        }

        if (endpoint is not IRabbitMqReceiveEndpointConfigurator rabbit)
            return;
        rabbit.Durable = true;
        rabbit.AutoDelete = false;
        if (settings.QuorumQueues)
            rabbit.SetQuorumQueue();
    }
}
