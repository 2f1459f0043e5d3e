using MassTransit;

namespace FactCheck.Platform.Messaging;

/// <summary>Queue names and delivery constraints of registered consumers, as the bus configures them.</summary>
public static class EndpointTopology
{
    /// <summary>The suffix MassTransit gives the queue a message moves to once its retries are spent.</summary>
    public const string ErrorSuffix = "_error";

    public static string QueueName(ConsumerRegistration consumer) =>
        Definition(consumer)?.GetEndpointName(KebabCaseEndpointNameFormatter.Instance)
        ?? (string)typeof(IEndpointNameFormatter).GetMethod(nameof(IEndpointNameFormatter.Consumer))!
            .MakeGenericMethod(consumer.ConsumerType)
            .Invoke(KebabCaseEndpointNameFormatter.Instance, null)!;

    private static IConsumerDefinition? Definition(ConsumerRegistration consumer) =>
        consumer.DefinitionType is { } type && type.GetConstructor(Type.EmptyTypes) is not null
            ? (IConsumerDefinition)Activator.CreateInstance(type)!
            : null;
}
