using Health.Domain;
using static Health.UnitTests.Assessments.Assessments;
using static Health.UnitTests.Given;

namespace Health.UnitTests.Assessments;

public sealed class OpeningAnAssessment_Specs
{
    [Fact]
    public void A_new_assessment_is_due_with_nothing_recorded()
    {
        var iha = Iha();

        Assert.Equal(AssessmentKind.Initial, iha.Kind);
        Assert.Equal(AssessmentStatus.Due, iha.Status);
        Assert.Equal(LookedAfterSince, iha.LookedAfterSince);
        Assert.Equal(Date("2026-01-15"), iha.DueOn);
        Assert.Null(iha.RequestedOn);
        Assert.Empty(iha.Appointments);
        Assert.Null(iha.CurrentAppointment);
        Assert.Null(iha.Completion);
        Assert.Null(iha.Closure);
        Assert.Null(iha.PreviouslyAssessedOn);
        Assert.False(iha.IsClosed);
    }

    [Fact]
    public void An_unknown_kind_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Assessment((AssessmentKind)99, LookedAfterSince, Date("2026-01-15")));
}
