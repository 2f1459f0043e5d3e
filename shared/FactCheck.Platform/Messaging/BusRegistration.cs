using MassTransit;
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

    /// <summary>
    /// One bus per process with every registered service's consumers; the transport is chosen by
    /// <c>Bus:Transport</c>. Retry is configured here once for every endpoint, never in consumers.
    /// </summary>
    public static IServiceCollection AddFactCheckBus(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        var consumers = services
            .Where(d => d.ServiceType == typeof(ConsumerRegistration) && d.ImplementationInstance is not null)
            .Select(d => (ConsumerRegistration)d.ImplementationInstance!)
            .Distinct()
            .ToList();

        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            foreach (var consumer in consumers)
                bus.AddConsumer(consumer.ConsumerType, consumer.DefinitionType);

            switch (options.Transport)
            {
                case BusTransport.RabbitMq:
                    bus.UsingRabbitMq((context, cfg) =>
                    {
                        var settings = context.GetRequiredService<IOptions<BusOptions>>().Value;
                        cfg.Host(new Uri(settings.RabbitMqUri!));
                        ConfigureEndpoints(context, cfg, settings);
                    });
                    break;
                default:
                    bus.UsingInMemory((context, cfg) =>
                        ConfigureEndpoints(context, cfg, context.GetRequiredService<IOptions<BusOptions>>().Value));
                    break;
            }
        });
        return services;
    }

    private static void ConfigureEndpoints<T>(IBusRegistrationContext context, IBusFactoryConfigurator<T> cfg, BusOptions settings)
        where T : IReceiveEndpointConfigurator
    {
        cfg.PrefetchCount = settings.PrefetchCount;
        cfg.ConcurrentMessageLimit = settings.ConcurrentMessageLimit;
        cfg.UseMessageRetry(retry => retry.Exponential(settings.RetryLimit, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
        cfg.ConfigureEndpoints(context);
    }
}
