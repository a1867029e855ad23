using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Care;

public sealed class NotInTheFuture_Specs
{
    [Fact]
    public void A_change_may_be_recorded_on_the_day_it_happens() =>
        NotInTheFuture.Check("RecordCareEnded", Today, Today);

    [Fact]
    public void A_change_cannot_be_recorded_ahead_of_the_day_it_happens()
    {
        var refusal = Assert.Throws<CareRuleViolation>(() => NotInTheFuture.Check("RecordCareEnded", Today.AddDays(1), Today));

        Assert.Equal("RecordCareEnded on 2026-07-01 is in the future; record it on or after the day it happens.", refusal.Message);
    }
}
