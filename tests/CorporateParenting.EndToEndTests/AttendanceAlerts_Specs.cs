extern alias VirtualSchoolApi;

using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CorporateParenting.Contracts.VirtualSchool;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using CorporateParenting.VirtualSchool.V1;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Domain.Terms;
using AttendanceAlertRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.AttendanceAlertRow;
using EnrolmentRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.EnrolmentRow;
using ExclusionRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.ExclusionRow;
using IMarksChangedHandler = VirtualSchoolApi::VirtualSchool.Api.Feed.IMarksChangedHandler;
using ImportedMarks = VirtualSchoolApi::VirtualSchool.Api.Feed.ImportedMarks;
using MissingMarksSweep = VirtualSchoolApi::VirtualSchool.Api.Sweeps.MissingMarksSweep;
using PupilRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.PupilRow;
using SchoolRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.SchoolRow;
using VirtualSchoolDbContext = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.VirtualSchoolDbContext;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// What the Virtual School sees (docs/virtual-school.md §7), on real PostgreSQL and RabbitMQ: the same-day alerts and the
/// events they publish, each once however often the same marks arrive; the missing-marks sweep; the worklist; the
/// cohort measures, ours and placed here apart, exact for the Virtual School and suppressed for the Board; access by role.
/// Marks arrive through the feed's upload, as a school sends them.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AttendanceAlerts_Specs(InfrastructureFixture fixture) : VirtualSchoolSpecs(fixture, Settings), IAsyncLifetime
{
    private const string TestTerm = "Test term";
    private const string Urn = "112233";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private readonly ConcurrentBag<object> _received = [];
    private HostReceiveEndpointHandle? _listener;

    /// <summary>
    /// One term round today, so the specs run on any date; the six default terms are moved out of its way. Marks are due
    /// just before midnight so the service's own sweep never races a spec; specs run the sweep themselves.
    /// </summary>
    private static IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>(VirtualSchoolTerms.OneTerm(TestTerm, Today.AddDays(-70), Today.AddDays(30)))
            {
                ["VirtualSchool:Measures:DefaultPeriod"] = "Term",
                ["VirtualSchool:Measures:SmallNumberThreshold"] = "10",
                ["VirtualSchool:Alerts:MorningMarksBy"] = "23:58",
                ["VirtualSchool:Alerts:AfternoonMarksBy"] = "23:59",
                ["VirtualSchool:Alerts:SweepInterval"] = "1.00:00:00",
                ["VirtualSchool:Alerts:UnauthorisedMarksWithinDays"] = "7",
                ["VirtualSchool:Alerts:BandAlertsFromPossibleSessions"] = "10",
                // The code table as an authority might settle it: Q counted as an authorised absence, and a local code added.
                ["VirtualSchool:AttendanceCodes:Codes:0:Code"] = "Q",
                ["VirtualSchool:AttendanceCodes:Codes:0:Category"] = "AuthorisedOther",
                ["VirtualSchool:AttendanceCodes:Codes:0:CountsAsPossible"] = "true",
                ["VirtualSchool:AttendanceCodes:Codes:1:Code"] = "V1",
                ["VirtualSchool:AttendanceCodes:Codes:1:Meaning"] = "virtual lesson, attended",
                ["VirtualSchool:AttendanceCodes:Codes:1:Category"] = "ApprovedEducationalActivity",
                ["VirtualSchool:AttendanceCodes:Codes:1:CountsAsPossible"] = "true",
            };

            return settings;
        }
    }

    private sealed record Mark(Guid Pupil, DateOnly Date, short Session, string Code);

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        var bus = VirtualSchoolService.Services.GetRequiredService<IBus>();
        _listener = bus.ConnectReceiveEndpoint($"vs-alerts-specs-{Guid.NewGuid():N}", endpoint =>
        {
            endpoint.Handler<UnauthorisedAbsenceMarked>(context => Receive(context.Message));
            endpoint.Handler<PupilPersistentlyAbsent>(context => Receive(context.Message));
            endpoint.Handler<PupilSeverelyAbsent>(context => Receive(context.Message));
            endpoint.Handler<AttendanceMarkMissing>(context => Receive(context.Message));
        });
        await _listener.Ready;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_listener is not null)
        {
            await _listener.StopAsync();
        }

        await DisposeAsync();
    }

    private Task Receive(object message)
    {
        _received.Add(message);
        return Task.CompletedTask;
    }

    /// <summary>The last <paramref name="count"/> school days of the test term up to today, oldest first.</summary>
    private IReadOnlyList<DateOnly> SchoolDays(int count) =>
        [.. VirtualSchoolService.Services.GetRequiredService<SchoolTermCalendar>().SchoolDays(Today.AddDays(-70), Today).TakeLast(count)];

    private async Task<Guid> PupilAsync(string familyName, bool placedHere = false, bool current = true, DateOnly? born = null, bool enrolled = true)
    {
        await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>();
        if (!await db.Set<SchoolRow>().AnyAsync(s => s.Urn == Urn))
        {
            db.Add(new SchoolRow { Urn = Urn, Name = "Ashgate Primary", Phase = "primary", ProvisionType = "mainstream", LocalAuthorityCode = "E06000015" });
        }

        var id = Guid.NewGuid();
        db.Add(new PupilRow
        {
            Id = id, Responsibility = placedHere ? PupilRow.PlacedHere : PupilRow.Ours, GivenName = "Sam", FamilyName = familyName,
            DateOfBirth = born ?? new DateOnly(2015, 3, 1), PlacementAuthorityCode = "E06000015", IsCurrent = current,
            PlacingAuthorityCode = placedHere ? "E10000007" : null, PlacingAuthorityReference = placedHere ? familyName : null,
            UpdatedAt = DateTimeOffset.UtcNow,
        });
        if (enrolled)
        {
            db.Add(new EnrolmentRow
            {
                Id = Guid.NewGuid(), PupilId = id, Urn = Urn, StartsOn = Today.AddDays(-70), Registration = EnrolmentRow.Single,
                RecordedBy = "test", RecordedAt = DateTimeOffset.UtcNow,
            });
        }

        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>
    /// Marks sent as a school sends them: a CSV file uploaded to the feed, which writes what changed and hands the changed
    /// sessions to its <c>IMarksChangedHandler</c>s inside its transaction. <paramref name="asIfChanged"/> instead hands
    /// every mark to the handlers again even though it changes nothing, as a second file carrying the same marks under
    /// other bytes might: what the unique alert key is for.
    /// </summary>
    private async Task ImportAsync(IEnumerable<Mark> marks, bool asIfChanged = false)
    {
        if (asIfChanged)
        {
            await HandOverAgainAsync(marks);
            return;
        }

        var csv = new System.Text.StringBuilder("child_id,urn,date,session,code\n");
        foreach (var mark in marks)
        {
            csv.Append($"{mark.Pupil},{Urn},{mark.Date:yyyy-MM-dd},{(mark.Session == 0 ? "AM" : "PM")},{mark.Code}\n");
        }

        using var staff = VirtualSchoolAs(Roles.VirtualSchool);
        var response = await staff.PostAsync("/api/virtual-school/attendance/files",
            new StringContent(csv.ToString(), System.Text.Encoding.UTF8, "text/csv"));
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, report.ToString());
        Assert.Equal(0, report.GetProperty("rowsRejected").GetInt64());
    }

    private async Task HandOverAgainAsync(IEnumerable<Mark> marks)
    {
        await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync(
            $"CREATE TEMP TABLE {ImportedMarks.ChangedTable} (pupil_id uuid, date date, session smallint, code text, reason text, exclusion text, " +
            "urn text, source text, previous_code text, superseding boolean) ON COMMIT DROP");
        var now = DateTimeOffset.UtcNow;
        long changed = 0;
        foreach (var mark in marks)
        {
            changed++;
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO feed_changes VALUES ({mark.Pupil}, {mark.Date}, {mark.Session}, {mark.Code}, NULL, NULL, {Urn}, 'Ashgate MIS', {mark.Code}, true)");
        }

        await db.SaveChangesAsync();
        foreach (var handler in scope.ServiceProvider.GetServices<IMarksChangedHandler>())
        {
            await handler.HandleAsync(new ImportedMarks(Guid.CreateVersion7(), "test", now, changed, 0), db, CancellationToken.None);
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    /// <summary>Both sessions of each day: present except the sessions listed as absent with <paramref name="code"/>.</summary>
    private static IEnumerable<Mark> Days(Guid pupil, IReadOnlyList<DateOnly> days, int absentSessions, string code = "I") =>
        days.SelectMany((day, i) => new[] { (short)0, (short)1 }.Select(session =>
            new Mark(pupil, day, session, (i * 2) + session < absentSessions ? code : session == 0 ? "/" : "\\")));

    private async Task<IReadOnlyList<string>> QueuedEventsAsync()
    {
        await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>().Set<OutboxMessage>()
            .OrderBy(m => m.OccurredAt).Select(m => m.MessageType.Substring(m.MessageType.LastIndexOf('.') + 1)).ToListAsync();
    }

    /// <summary>The events of type <typeparamref name="T"/> consumed from the broker, once the outbox has published what it holds.</summary>
    private async Task<T[]> ConsumedAsync<T>(int expected)
    {
        await VirtualSchoolService.Outbox.DispatchPendingAsync();
        return await Eventually.ReturnsAsync(
            () => Task.FromResult(_received.OfType<T>().ToArray()), events => events.Length >= expected, $"{expected} {typeof(T).Name} from the broker");
    }

    private async Task<JsonElement> WorklistAsync(string query = "")
    {
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);
        return await staff.GetFromJsonAsync<JsonElement>($"/api/virtual-school/worklist{query}");
    }

    [Fact]
    public async Task An_unauthorised_mark_raises_one_alert_and_one_event_even_when_the_same_marks_arrive_again()
    {
        var pupil = await PupilAsync("Unauthorised");
        var day = SchoolDays(1)[0];
        var marks = new[] { new Mark(pupil, day, 0, "N"), new Mark(pupil, day, 1, "\\") };

        await ImportAsync(marks);
        await ImportAsync(marks);
        await ImportAsync(marks, asIfChanged: true);

        Assert.Equal(["UnauthorisedAbsenceMarked"], await QueuedEventsAsync());
        var consumed = Assert.Single(await ConsumedAsync<UnauthorisedAbsenceMarked>(1));
        Assert.Equal((pupil, false, Urn, day, "AM", "N"), (consumed.PupilId, consumed.IsPlacedHere, consumed.Urn, consumed.Date, consumed.Session, consumed.Code));
        var worklist = await WorklistAsync();
        var item = Assert.Single(worklist.GetProperty("items").EnumerateArray());
        Assert.Equal(("unauthorised-absence", $"{day:yyyy-MM-dd}/AM", "Unauthorised"),
            (item.GetProperty("kind").GetString(), item.GetProperty("key").GetString(), item.GetProperty("familyName").GetString()));
        Assert.Equal(1, worklist.GetProperty("countsByKind").GetProperty("unauthorised-absence").GetInt32());
    }

    [Fact]
    public async Task Absence_reaching_exactly_10_percent_raises_persistent_absence_once_and_50_percent_severe_absence_once()
    {
        var persistent = await PupilAsync("Persistent");
        var severe = await PupilAsync("Severe", placedHere: true);
        var days = SchoolDays(10); // 20 possible sessions each

        await ImportAsync([.. Days(persistent, days, absentSessions: 1), .. Days(severe, days, absentSessions: 9)]);
        Assert.Equal(["PupilPersistentlyAbsent"], await QueuedEventsAsync()); // 1 of 20 is 5%; 9 of 20 is 45%

        await ImportAsync([.. Days(persistent, days, absentSessions: 2), .. Days(severe, days, absentSessions: 10)]); // 10% and 50% exactly
        await ImportAsync([.. Days(persistent, days, absentSessions: 3), .. Days(severe, days, absentSessions: 11)], asIfChanged: true);

        Assert.Equal(["PupilPersistentlyAbsent", "PupilPersistentlyAbsent", "PupilSeverelyAbsent"], (await QueuedEventsAsync()).Order());
        var crossed = (await ConsumedAsync<PupilPersistentlyAbsent>(2)).Single(e => e.PupilId == persistent);
        Assert.Equal((TestTerm, Today.AddDays(-70), 20, 2, false),
            (crossed.Period, crossed.PeriodFrom, crossed.PossibleSessions, crossed.AbsentSessions, crossed.IsPlacedHere));
        var severeEvent = Assert.Single(await ConsumedAsync<PupilSeverelyAbsent>(1));
        Assert.Equal((severe, true, TestTerm, 20, 10, Today),
            (severeEvent.PupilId, severeEvent.IsPlacedHere, severeEvent.Period, severeEvent.PossibleSessions, severeEvent.AbsentSessions, severeEvent.PeriodTo));
        Assert.Empty(_received.OfType<UnauthorisedAbsenceMarked>()); // illness is authorised

        var summary = await VirtualSchool.GetAttendanceSummaryAsync(new GetAttendanceSummaryRequest { PupilId = persistent.ToString(), On = $"{days[^1]:yyyy-MM-dd}" },
            TestTokens.GrpcAs(Roles.VirtualSchool));
        Assert.Equal(("TERM", 20, 18, 2, 0, "90.0", "PERSISTENT"),
            (summary.Period, summary.PossibleSessions, summary.PresentSessions, summary.AuthorisedAbsenceSessions, summary.UnauthorisedAbsenceSessions,
                summary.AttendancePercent, summary.AbsenceBand));
    }

    [Fact]
    public async Task A_session_with_no_mark_by_the_configured_time_is_on_the_worklist_once_for_enrolled_current_pupils_of_school_age()
    {
        var marked = await PupilAsync("MorningOnly");
        await PupilAsync("LeftCare", current: false);
        await PupilAsync("NotEnrolled", enrolled: false);
        await PupilAsync("Adult", born: Today.AddYears(-20));
        var day = SchoolDays(1)[0];
        await ImportAsync([new Mark(marked, day, 0, "/")]);
        var beforeTime = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(12, 0)), London);
        var afterTime = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(23, 59, 30)), London);

        async Task<int> SweepAsync(DateTime at)
        {
            await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MissingMarksSweep>().RunAsync(new DateTimeOffset(at), CancellationToken.None);
        }

        Assert.Equal(0, await SweepAsync(beforeTime));
        var runs = await Task.WhenAll(SweepAsync(afterTime), SweepAsync(afterTime), SweepAsync(afterTime));
        Assert.Equal(1, runs.Sum() + await SweepAsync(afterTime));

        var missing = Assert.Single(await ConsumedAsync<AttendanceMarkMissing>(1));
        Assert.Equal((marked, Urn, day, "PM"), (missing.PupilId, missing.Urn, missing.Date, missing.Session));
        Assert.Equal(["AttendanceMarkMissing"], await QueuedEventsAsync());
        var item = Assert.Single((await WorklistAsync("?kind=mark-missing")).GetProperty("items").EnumerateArray());
        Assert.Equal($"{day:yyyy-MM-dd}/PM", item.GetProperty("key").GetString());
    }

    [Fact]
    public async Task Staff_resolve_an_alert_with_a_note_and_it_leaves_the_worklist_and_is_not_raised_again()
    {
        var pupil = await PupilAsync("Resolved");
        var other = await PupilAsync("StillOpen", placedHere: true);
        var days = SchoolDays(2);
        await ImportAsync([new Mark(pupil, days[1], 0, "G"), new Mark(other, days[0], 1, "O")]);
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);
        var placedHere = (await WorklistAsync("?responsibility=placed-here")).GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal("StillOpen", Assert.Single(placedHere).GetProperty("familyName").GetString());
        var open = await WorklistAsync();
        Assert.Equal(2, open.GetProperty("total").GetInt32());
        var id = open.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("familyName").GetString() == "Resolved").GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync($"/api/virtual-school/worklist/{id}/resolve", new { note = " " })).StatusCode);
        var resolved = await staff.PostAsJsonAsync($"/api/virtual-school/worklist/{id}/resolve", new { note = "Carer says holiday; school told." });
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/virtual-school/worklist/{id}/resolve", new { note = "again" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsJsonAsync("/api/virtual-school/worklist/999999/resolve", new { note = "x" })).StatusCode);
        await using (var scope = VirtualSchoolService.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>().Set<AttendanceAlertRow>().SingleAsync(a => a.Id == id);
            Assert.Equal(("test-user", "Carer says holiday; school told."), (stored.ResolvedBy, stored.ResolutionNote));
        }
        await ImportAsync([new Mark(pupil, days[1], 0, "G")], asIfChanged: true);

        var after = await WorklistAsync();
        Assert.Equal("StillOpen", Assert.Single(after.GetProperty("items").EnumerateArray()).GetProperty("familyName").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/virtual-school/worklist?kind=late&date=yesterday")).StatusCode);
    }

    [Fact]
    public async Task The_code_table_is_configuration_a_changed_row_and_an_added_code_count_as_configured()
    {
        var pupil = await PupilAsync("LocalCodes");
        var day = SchoolDays(1)[0];
        await ImportAsync([new Mark(pupil, day, 0, "Q"), new Mark(pupil, day, 1, "V1")]);
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);

        var calendar = await staff.GetFromJsonAsync<JsonElement>($"/api/virtual-school/pupils/{pupil}/attendance?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}");

        var sessions = calendar.GetProperty("summary").GetProperty("sessions");
        Assert.Equal((2, 1, 1), (sessions.GetProperty("possible").GetInt32(), sessions.GetProperty("present").GetInt32(),
            sessions.GetProperty("authorised").GetInt32()));
        Assert.Equal(["AuthorisedOther", "ApprovedEducationalActivity"],
            calendar.GetProperty("marks").EnumerateArray().Select(m => m.GetProperty("category").GetString()!).ToArray());
    }

    [Fact]
    public async Task A_pupils_calendar_shows_every_mark_with_what_it_superseded_and_the_summary_and_the_read_is_audited()
    {
        var pupil = await PupilAsync("Calendar");
        var day = SchoolDays(1)[0];
        await ImportAsync([new Mark(pupil, day, 0, "N"), new Mark(pupil, day, 1, "\\")]);
        await ImportAsync([new Mark(pupil, day, 0, "M")]);
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);

        var calendar = await staff.GetFromJsonAsync<JsonElement>($"/api/virtual-school/pupils/{pupil}/attendance?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}");

        var morning = calendar.GetProperty("marks").EnumerateArray().First();
        Assert.Equal(("AM", "M", "AuthorisedLeaveOfAbsence", "N"),
            (morning.GetProperty("session").GetString(), morning.GetProperty("code").GetString(), morning.GetProperty("category").GetString(),
                Assert.Single(morning.GetProperty("history").EnumerateArray()).GetProperty("code").GetString()));
        var summary = calendar.GetProperty("summary");
        Assert.Equal((2, 1), (summary.GetProperty("sessions").GetProperty("possible").GetInt32(), summary.GetProperty("sessions").GetProperty("authorised").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/virtual-school/pupils/{Guid.NewGuid()}/attendance")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync($"/api/virtual-school/pupils/{pupil}/attendance?from=2026-13-01")).StatusCode);
    }

    [Fact]
    public async Task Cohort_measures_keep_ours_and_placed_here_apart_exact_for_the_virtual_school_and_suppressed_for_the_board()
    {
        var present = await PupilAsync("AlwaysPresent");
        var persistent = await PupilAsync("Persistent");
        var placedHere = await PupilAsync("PlacedHere", placedHere: true);
        var days = SchoolDays(10);
        await ImportAsync([.. Days(present, days, 0), .. Days(persistent, days, 2), .. Days(placedHere, days, 10)]);
        await using (var scope = VirtualSchoolService.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>();
            db.Add(new ExclusionRow
            {
                Id = Guid.NewGuid(), PupilId = present, Kind = ExclusionRow.Suspension, StartsOn = days[3], Sessions = 2, Urn = Urn,
                RecordedBy = "test", RecordedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var query = $"/api/virtual-school/measures?period=term&on={days[^1]:yyyy-MM-dd}";
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);
        var exact = await staff.GetFromJsonAsync<JsonElement>(query);
        using var board = VirtualSchoolAs(Roles.Board);
        var suppressed = await board.GetFromJsonAsync<JsonElement>(query);

        Assert.Equal(("term", TestTerm), (exact.GetProperty("period").GetString(), exact.GetProperty("name").GetString()));
        var ours = exact.GetProperty("ours");
        Assert.Equal((2, 40, 95.0m, 1, 50.0m, 0, 1, 1, 0),
            (ours.GetProperty("pupils").GetInt32(), ours.GetProperty("possibleSessions").GetInt32(), ours.GetProperty("attendancePercent").GetDecimal(),
                ours.GetProperty("persistentlyAbsent").GetInt32(), ours.GetProperty("persistentAbsencePercent").GetDecimal(),
                ours.GetProperty("severelyAbsent").GetInt32(), ours.GetProperty("suspensions").GetInt32(), ours.GetProperty("suspendedPupils").GetInt32(),
                ours.GetProperty("permanentExclusions").GetInt32()));
        var theirs = exact.GetProperty("placedHere");
        Assert.Equal((1, 50.0m, 1, 100.0m, 0),
            (theirs.GetProperty("pupils").GetInt32(), theirs.GetProperty("attendancePercent").GetDecimal(), theirs.GetProperty("severelyAbsent").GetInt32(),
                theirs.GetProperty("severeAbsencePercent").GetDecimal(), theirs.GetProperty("suspensions").GetInt32()));

        Assert.Equal(10, suppressed.GetProperty("suppressedBelow").GetInt32());
        var boardOurs = suppressed.GetProperty("ours");
        Assert.Equal(("c", "c", "c", "c", "0", "c", "c", "0"),
            (boardOurs.GetProperty("pupils").GetString(), boardOurs.GetProperty("attendancePercent").GetString(),
                boardOurs.GetProperty("persistentlyAbsent").GetString(), boardOurs.GetProperty("persistentAbsencePercent").GetString(),
                boardOurs.GetProperty("severelyAbsent").GetString(), boardOurs.GetProperty("severeAbsencePercent").GetString(),
                boardOurs.GetProperty("suspensions").GetString(), boardOurs.GetProperty("permanentExclusions").GetString()));
        Assert.Equal("c", suppressed.GetProperty("placedHere").GetProperty("pupils").GetString());

        var persistentOnly = await staff.GetFromJsonAsync<JsonElement>("/api/virtual-school/pupils?absenceBand=persistent");
        Assert.Equal(["Persistent", "PlacedHere"], persistentOnly.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("familyName").GetString()).Order());
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/virtual-school/measures?period=week&on=tomorrow")).StatusCode);
    }

    [Fact]
    public async Task The_board_reads_our_pupils_measures_over_grpc_exact_with_suspensions_exclusions_and_a_monthly_series()
    {
        var present = await PupilAsync("AlwaysPresent");
        var persistent = await PupilAsync("Persistent");
        var placedHere = await PupilAsync("PlacedHere", placedHere: true);
        var days = SchoolDays(10);
        await ImportAsync([.. Days(present, days, 0), .. Days(persistent, days, 2), .. Days(placedHere, days, 10)]);
        await using (var scope = VirtualSchoolService.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>();
            foreach (var (pupil, kind, day) in new[] { (present, ExclusionRow.Suspension, days[3]), (present, ExclusionRow.Suspension, days[6]),
                (persistent, ExclusionRow.PermanentExclusion, days[5]), (placedHere, ExclusionRow.Suspension, days[4]) })
            {
                db.Add(new ExclusionRow { Id = Guid.NewGuid(), PupilId = pupil, Kind = kind, StartsOn = day, Sessions = 2, Urn = Urn, RecordedBy = "test", RecordedAt = DateTimeOffset.UtcNow });
            }
            await db.SaveChangesAsync();
        }

        var measures = await VirtualSchool.GetMeasuresAsync(
            new GetMeasuresRequest { AsAt = $"{days[^1]:yyyy-MM-dd}", Period = "TERM", Months = 2 }, TestTokens.GrpcAs(Roles.Board));

        Assert.Equal(($"{days[^1]:yyyy-MM-dd}", "TERM", TestTerm), (measures.AsAt, measures.Period, measures.Cohort.Name));
        var ours = measures.Cohort;
        Assert.Equal((2, 40, 38), (ours.Pupils, ours.PossibleSessions, ours.PresentSessions)); // the placed-here pupil is not ours
        Assert.Equal((1, 2, 50, 0), (ours.PersistentlyAbsent.Numerator, ours.PersistentlyAbsent.Denominator, ours.PersistentlyAbsent.Percent, ours.SeverelyAbsent.Numerator));
        Assert.Equal((2, 1, 1, 1), (ours.Suspensions, ours.SuspendedPupils, ours.PermanentExclusions, ours.PermanentlyExcludedPupils)); // raw counts, no "c"
        using var staff = VirtualSchoolAs(Roles.VirtualSchool);
        var peps = await staff.GetFromJsonAsync<JsonElement>($"/api/virtual-school/peps/timeliness?period=term&on={days[^1]:yyyy-MM-dd}");
        Assert.Equal((peps.GetProperty("due").GetInt32(), peps.GetProperty("onTime").GetInt32(), peps.GetProperty("pending").GetInt32(), "95"),
            (measures.Peps.OnTime.Denominator, measures.Peps.OnTime.Numerator, measures.Peps.Pending, measures.Peps.TargetPercent)); // the same query as REST
        Assert.Null(measures.PupilPremiumPlus); // the financial year has not been opened
        Assert.Equal(2, measures.Monthly.Count);
        Assert.All(measures.Monthly, m => Assert.Equal(1, DateOnly.Parse(m.AsAt).AddDays(1).Day));
        Assert.True(string.CompareOrdinal(measures.Monthly[0].AsAt, measures.Monthly[1].AsAt) < 0);
        // The series reads the marks once for every date; each point is what the measures of that day alone say.
        foreach (var month in measures.Monthly)
        {
            var alone = await VirtualSchool.GetMeasuresAsync(new GetMeasuresRequest { AsAt = month.AsAt, Period = "TERM" }, TestTokens.GrpcAs(Roles.Board));
            Assert.Equal((alone.Cohort.Pupils, alone.Cohort.PersistentlyAbsent, alone.Cohort.SuspendedPupils, alone.Cohort.PermanentlyExcludedPupils),
                (month.Pupils, month.PersistentlyAbsent, month.SuspendedPupils, month.PermanentlyExcludedPupils));
        }

        var byDefault = await VirtualSchool.GetMeasuresAsync(new GetMeasuresRequest(), TestTokens.GrpcAs(Roles.Health));
        Assert.Equal(("SCHOOL_YEAR_TO_DATE", $"{Today:yyyy-MM-dd}"), (byDefault.Period, byDefault.Cohort.To));

        var invalid = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => VirtualSchool.GetMeasuresAsync(
            new GetMeasuresRequest { AsAt = "2026-02-30", Period = "ROLLING", FinancialYear = "2026", Months = 25 }, TestTokens.GrpcAs(Roles.Board)).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Equal(["as_at", "financial_year", "months", "period"],
            Grpc.Core.RpcExceptionExtensions.GetRpcStatus(invalid)!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field).Order());
        foreach (var (headers, refusal) in new[] { (TestTokens.GrpcAs(Roles.Partner), Grpc.Core.StatusCode.PermissionDenied),
            (TestTokens.GrpcAs(Roles.Service), Grpc.Core.StatusCode.PermissionDenied), (new Grpc.Core.Metadata(), Grpc.Core.StatusCode.Unauthenticated) })
        {
            var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => VirtualSchool.GetMeasuresAsync(new GetMeasuresRequest(), headers).ResponseAsync);
            Assert.Equal(refusal, refused.StatusCode);
        }
    }

    [Fact]
    public async Task Only_the_virtual_school_sees_pupils_and_the_worklist_aggregates_are_open_to_the_board_and_anonymous_callers_are_refused()
    {
        var pupil = await PupilAsync("Roles");
        using var health = VirtualSchoolAs(Roles.Health);
        using var board = VirtualSchoolAs(Roles.Board);
        using var anonymous = VirtualSchoolService.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await health.GetAsync("/api/virtual-school/worklist")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await health.GetAsync($"/api/virtual-school/pupils/{pupil}/attendance")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await board.GetAsync("/api/virtual-school/worklist")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await board.PostAsJsonAsync("/api/virtual-school/worklist/1/resolve", new { note = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await board.GetAsync("/api/virtual-school/measures")).StatusCode);
        Assert.Equal(10, (await health.GetFromJsonAsync<JsonElement>("/api/virtual-school/measures")).GetProperty("suppressedBelow").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/virtual-school/worklist")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/virtual-school/measures")).StatusCode);
        var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() =>
            VirtualSchool.GetAttendanceSummaryAsync(new GetAttendanceSummaryRequest { PupilId = pupil.ToString() }, TestTokens.GrpcAs(Roles.Health)).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.PermissionDenied, refused.StatusCode);
    }
}
