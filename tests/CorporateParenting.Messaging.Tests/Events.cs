using CorporateParenting.Contracts.Placements;

namespace CorporateParenting.Messaging.Tests;

internal static class Events
{
    public static ChildEnteredCare ChildEnteredCare(Guid? childId = null) => new(
        childId ?? Guid.NewGuid(), Guid.NewGuid(), "Sam", "Taylor", new DateOnly(2015, 6, 1), new DateOnly(2026, 1, 5),
        "C2", "N1", "U6", "E06000015", false, DateTimeOffset.UtcNow);
}
