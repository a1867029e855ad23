namespace Placements.Domain;

/// <summary>A change is recorded on or after the day it happens, never ahead of it.</summary>
public static class NotInTheFuture
{
    public static void Check(string change, DateOnly on, DateOnly today)
    {
        if (on > today)
        {
            throw new CareRuleViolation($"{change} on {on:yyyy-MM-dd} is in the future; record it on or after the day it happens.");
        }
    }
}
