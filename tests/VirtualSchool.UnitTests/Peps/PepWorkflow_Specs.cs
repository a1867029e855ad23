using VirtualSchool.Domain;
using VirtualSchool.Domain.Peps;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Peps;

public sealed class PepWorkflow_Specs
{
    private static readonly DateOnly Today = Date("2026-01-14");

    private static readonly PepCloseDecision LeftCare = new(PepCloseReason.LeftCare, Date("2026-01-14"), "E4A");

    /// <summary>Every section filled; the meeting held on Mon 12 Jan 2026.</summary>
    private static PepContent Complete() => new()
    {
        Texts = Enum.GetValues<PepSection>().ToDictionary(s => s, s => (string?)$"About {s}."),
        MeetingOn = Date("2026-01-12"),
        Attendees = ["Designated teacher", "Social worker", "Carer"],
        Targets = [new SmartTarget("Read 20 minutes a day", "Carer", Date("2026-03-27"), 150.00m)],
    };

    [Fact]
    public void Draft_is_submitted_then_completed()
    {
        PepStatus status = PepWorkflow.Edit(PepStatus.Draft);
        status = PepWorkflow.Submit(status, PepForm.SchoolAge, Complete(), Today);
        status = PepWorkflow.Assess(status);
        status = PepWorkflow.Complete(status);

        Assert.Equal(PepStatus.Completed, status);
    }

    [Fact]
    public void A_returned_pep_is_edited_and_submitted_again()
    {
        PepStatus status = PepWorkflow.Return(PepStatus.Submitted, "The targets have no funding breakdown.");
        Assert.Equal(PepStatus.Returned, status);

        status = PepWorkflow.Edit(status);
        Assert.Equal(PepStatus.Returned, status);

        Assert.Equal(PepStatus.Submitted, PepWorkflow.Submit(status, PepForm.SchoolAge, Complete(), Today));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Returning_needs_a_reason(string? reason)
    {
        var refused = Assert.Throws<VirtualSchoolRuleViolation>(() => PepWorkflow.Return(PepStatus.Submitted, reason));

        Assert.Equal("Say why the PEP is returned: the reason is what its authors will act on.", refused.Message);
    }

    [Theory]
    [InlineData(PepStatus.Draft)]
    [InlineData(PepStatus.Submitted)]
    [InlineData(PepStatus.Returned)]
    public void Any_open_pep_may_be_closed(PepStatus status) => Assert.Equal(PepStatus.Closed, PepWorkflow.Close(status, LeftCare));

    [Theory]
    [InlineData(PepStatus.Completed, "edit", "A completed PEP is read-only: it cannot be edited.")]
    [InlineData(PepStatus.Completed, "submit", "A completed PEP is read-only: it cannot be submitted.")]
    [InlineData(PepStatus.Completed, "return", "A completed PEP is read-only: it cannot be returned.")]
    [InlineData(PepStatus.Completed, "complete", "A completed PEP is read-only: it cannot be completed.")]
    [InlineData(PepStatus.Completed, "assess", "A completed PEP is read-only: it cannot be quality assured.")]
    [InlineData(PepStatus.Completed, "close", "A completed PEP is read-only: it cannot be closed.")]
    [InlineData(PepStatus.Closed, "edit", "A closed PEP is read-only: it cannot be edited.")]
    [InlineData(PepStatus.Closed, "submit", "A closed PEP is read-only: it cannot be submitted.")]
    [InlineData(PepStatus.Closed, "return", "A closed PEP is read-only: it cannot be returned.")]
    [InlineData(PepStatus.Closed, "complete", "A closed PEP is read-only: it cannot be completed.")]
    [InlineData(PepStatus.Closed, "assess", "A closed PEP is read-only: it cannot be quality assured.")]
    [InlineData(PepStatus.Closed, "close", "A closed PEP is read-only: it cannot be closed.")]
    [InlineData(PepStatus.Submitted, "edit", "A submitted PEP is with the Virtual School: it cannot be edited until it is returned.")]
    [InlineData(PepStatus.Submitted, "submit", "A submitted PEP is with the Virtual School: it cannot be submitted until it is returned.")]
    [InlineData(PepStatus.Draft, "return", "A draft PEP cannot be returned: submit it first.")]
    [InlineData(PepStatus.Draft, "complete", "A draft PEP cannot be completed: submit it first.")]
    [InlineData(PepStatus.Draft, "assess", "A draft PEP cannot be quality assured: submit it first.")]
    [InlineData(PepStatus.Returned, "return", "A returned PEP cannot be returned: edit it and submit it again.")]
    [InlineData(PepStatus.Returned, "complete", "A returned PEP cannot be completed: edit it and submit it again.")]
    [InlineData(PepStatus.Returned, "assess", "A returned PEP cannot be quality assured: edit it and submit it again.")]
    public void Invalid_moves_are_refused_saying_why(PepStatus status, string move, string message)
    {
        Action act = move switch
        {
            "edit" => () => PepWorkflow.Edit(status),
            "submit" => () => PepWorkflow.Submit(status, PepForm.SchoolAge, Complete(), Today),
            "return" => () => PepWorkflow.Return(status, "Targets are vague."),
            "complete" => () => PepWorkflow.Complete(status),
            "assess" => () => PepWorkflow.Assess(status),
            _ => () => PepWorkflow.Close(status, LeftCare),
        };

        Assert.Equal(message, Assert.Throws<VirtualSchoolRuleViolation>(act).Message);
    }

    [Fact]
    public void Submission_names_every_missing_mandatory_section()
    {
        PepContent content = Complete() with
        {
            Texts = new Dictionary<PepSection, string?> { [PepSection.EducationalHistory] = "Two primary schools.", [PepSection.Conduct] = " " },
            Attendees = [],
            Targets = [],
        };

        var refused = Assert.Throws<VirtualSchoolRuleViolation>(() => PepWorkflow.Submit(PepStatus.Draft, PepForm.SchoolAge, content, Today));

        Assert.Equal(
            "The PEP cannot be submitted until these sections are filled: attendance, conduct, achievements and special educational needs, "
            + "current arrangements (including SEN provision), planned changes (and provision to minimise disruption), leisure interests, "
            + "the carer's role, the child's own voice, the meeting (date and who attended), SMART targets (at least one).",
            refused.Message);
    }

    [Fact]
    public void The_childs_own_voice_is_optional_on_the_early_years_form_only()
    {
        PepContent content = Complete() with
        {
            Texts = Complete().Texts.Where(t => t.Key != PepSection.ChildsVoice).ToDictionary(),
        };

        Assert.Equal(PepStatus.Submitted, PepWorkflow.Submit(PepStatus.Draft, PepForm.EarlyYears, content, Today));
        Assert.Equal([PepSection.ChildsVoice], PepSections.Missing(PepForm.SchoolAge, content));
        Assert.Equal([PepSection.ChildsVoice], PepSections.Missing(PepForm.Post16, content));
        Assert.Empty(PepSections.Missing(PepForm.EarlyYears, content));
    }

    [Fact]
    public void A_meeting_without_a_date_is_not_filled() =>
        Assert.Equal([PepSection.Meeting], PepSections.Missing(PepForm.SchoolAge, Complete() with { MeetingOn = null }));

    [Fact]
    public void A_pep_is_submitted_after_its_meeting_not_before()
    {
        var refused = Assert.Throws<VirtualSchoolRuleViolation>(() =>
            PepWorkflow.Submit(PepStatus.Draft, PepForm.SchoolAge, Complete() with { MeetingOn = Date("2026-01-15") }, Today));

        Assert.Equal("The PEP meeting is recorded on 15 Jan 2026, after today: submit it once the meeting has been held.", refused.Message);
        Assert.Equal(PepStatus.Submitted, PepWorkflow.Submit(PepStatus.Draft, PepForm.SchoolAge, Complete() with { MeetingOn = Today }, Today));
    }

    [Fact]
    public void Submission_checks_the_targets()
    {
        PepContent content = Complete() with { Targets = [new SmartTarget("Phonics", "", Date("2026-01-09"), 0m)] };

        var refused = Assert.Throws<VirtualSchoolRuleViolation>(() => PepWorkflow.Submit(PepStatus.Draft, PepForm.SchoolAge, content, Today));

        Assert.Equal(
            "The PEP's targets need correcting: target 1: 'who' is blank: name who is responsible; "
            + "target 1: 'by when' (9 Jan 2026) is before the meeting (12 Jan 2026).",
            refused.Message);
    }
}
