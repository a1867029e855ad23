namespace CorporateParenting.Audit.Tests;

public sealed class AuditHash_Specs
{
    private static readonly DateTimeOffset At = new(2025, 12, 15, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Moving_text_from_one_field_to_the_next_changes_the_hash()
    {
        var a = AuditHash.Compute(At, "a,b", "c", null, "GetChild", "child", null, null, null, AuditHash.Genesis);
        var b = AuditHash.Compute(At, "a", "b,c", null, "GetChild", "child", null, null, null, AuditHash.Genesis);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void A_missing_value_and_an_empty_one_hash_differently()
    {
        var missing = AuditHash.Compute(At, "s", "r", null, "GetChild", "child", null, null, null, AuditHash.Genesis);
        var empty = AuditHash.Compute(At, "s", "r", "", "GetChild", "child", null, null, null, AuditHash.Genesis);

        Assert.NotEqual(missing, empty);
    }

    [Fact]
    public void The_serialisation_is_netstrings_in_a_fixed_order()
    {
        var childId = Guid.Parse("6f1c1a6e-6b43-4a47-9c31-2d0c3c5c1f00");

        var canonical = AuditHash.Canonical(At, "nurse-7", "health", null, "GetChild", "child", childId, null, "ab", AuditHash.Genesis);

        Assert.Equal(
            "27:2025-12-15T09:30:00.000000Z,7:nurse-7,6:health,~,8:GetChild,5:child,36:6f1c1a6e-6b43-4a47-9c31-2d0c3c5c1f00,~,2:ab,64:" + AuditHash.Genesis + ",",
            canonical);
    }

    [Fact]
    public void Times_are_kept_to_the_microsecond_postgresql_stores()
    {
        var fine = At.AddTicks(12_345_678);

        Assert.Equal(At.AddTicks(12_345_670), AuditHash.TruncateToMicroseconds(fine));
    }
}
