using CorporateParenting.DemoData.VirtualSchool;
using VirtualSchool.Domain.Attendance;

namespace VirtualSchool.UnitTests.Demo;

public sealed class DemoAttendance_Specs
{
    private static readonly DemoSchool School = DemoSchools.Home[0];
    private static readonly IReadOnlyList<DateOnly> Days = [.. DemoVirtualSchool.Autumn2026.SchoolDays(new DateOnly(2026, 9, 3), DemoVirtualSchool.MarksUntil)];

    private static IReadOnlyList<DemoEnrolledPupil> Pupils(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new DemoEnrolledPupil(new Guid(i, 0, 0, new byte[8]), null, $"pupil-{i:D4}", School, 5 + i % 8))];

    [Fact]
    public void The_same_seed_gives_the_same_files_on_every_run()
    {
        var first = DemoAttendance.Csv(DemoAttendance.Marks(Pupils(50), Days, new DemoAttendanceOptions()), "MIS");
        var second = DemoAttendance.Csv(DemoAttendance.Marks(Pupils(50).Reverse(), Days, new DemoAttendanceOptions()), "MIS");

        Assert.Equal(first, second);
        Assert.NotEqual(first, DemoAttendance.Csv(DemoAttendance.Marks(Pupils(50), Days, new DemoAttendanceOptions { Seed = 7 }), "MIS"));
    }

    [Fact]
    public void Every_pupil_has_an_AM_and_a_PM_mark_with_a_code_in_use_for_every_school_day()
    {
        var marks = DemoAttendance.Marks(Pupils(40), Days, new DemoAttendanceOptions());

        Assert.Equal(40 * Days.Count * 2, marks.Count);
        Assert.Equal(marks.Count, marks.Select(m => (m.PupilId, m.Date, m.Session)).Distinct().Count());
        Assert.All(marks, m => Assert.Null(AttendanceCodes.Default.Problem(m.Code)));
        Assert.All(marks.Where(m => m.Exclusion is not null), m => Assert.Equal(("E", "suspension"), (m.Code, m.Exclusion)));
    }

    [Fact]
    public void Absence_is_plausible_for_looked_after_pupils_a_fifth_to_two_fifths_persistently_absent()
    {
        var marks = DemoAttendance.Marks(Pupils(1000), Days, new DemoAttendanceOptions());
        var bands = marks.GroupBy(m => m.PupilId)
            .Select(pupil => pupil.Aggregate(AttendanceTally.Empty, (tally, mark) => tally.Add(AttendanceCodes.Default.Find(mark.Code)!)))
            .ToList();
        var overall = bands.Aggregate(AttendanceTally.Empty, (all, tally) => all.Add(tally));

        Assert.InRange(overall.AbsenceRate!.Value, 0.06m, 0.16m);
        Assert.InRange(bands.Count(t => t.Band != AbsenceBand.None) / 1000.0, 0.20, 0.40);
        Assert.InRange(bands.Count(t => t.Band == AbsenceBand.Severe) / 1000.0, 0.005, 0.08);
    }

    [Fact]
    public void The_provider_follow_up_replaces_only_no_reason_yet_marks_with_a_reason()
    {
        var marks = DemoAttendance.Marks(Pupils(200), Days, new DemoAttendanceOptions());

        var followUps = DemoAttendance.FollowUps(marks, new DemoAttendanceOptions());

        Assert.NotEmpty(followUps);
        Assert.All(followUps, f => Assert.Contains(f.Code, new[] { "I", "O" }));
        Assert.True(followUps.Count < marks.Count(m => m.Code == "N"));
        Assert.Subset(marks.Where(m => m.Code == "N").Select(m => (m.PupilId, m.Date, m.Session)).ToHashSet(),
            followUps.Select(f => (f.PupilId, f.Date, f.Session)).ToHashSet());
    }
}
