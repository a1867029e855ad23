using CorporateParenting.Contracts.Placements;

namespace CorporateParenting.Messaging;

/// <summary>
/// Resolves an outbox row's message type name to its contract type. Built once from the Contracts
/// assembly, never from the entry assembly (which is the test runner under test).
/// </summary>
public static class ContractRegistry
{
    private static readonly IReadOnlyDictionary<string, Type> Types = typeof(ChildEnteredCare).Assembly
        .GetExportedTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && type.Namespace?.StartsWith("CorporateParenting.Contracts.", StringComparison.Ordinal) == true)
        .ToDictionary(type => type.FullName!, StringComparer.Ordinal);

    public static string NameOf(Type type) =>
        Types.ContainsKey(type.FullName ?? string.Empty)
            ? type.FullName!
            : throw new ArgumentException($"{type} is not an integration event of CorporateParenting.Contracts.", nameof(type));

    public static bool TryResolve(string messageType, out Type type) => Types.TryGetValue(messageType, out type!);
}
