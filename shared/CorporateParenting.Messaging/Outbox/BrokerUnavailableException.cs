namespace CorporateParenting.Messaging.Outbox;

/// <summary>The bus is not connected; the dispatcher backs off without charging attempts to any row.</summary>
public sealed class BrokerUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
