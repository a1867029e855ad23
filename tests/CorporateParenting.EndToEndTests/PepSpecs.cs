extern alias VirtualSchoolApi;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PepHistoryRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.PepHistoryRow;
using PepRow = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.PepRow;
using VirtualSchoolDbContext = VirtualSchoolApi::VirtualSchool.Api.Infrastructure.VirtualSchoolDbContext;

namespace CorporateParenting.EndToEndTests;

/// <summary>
/// What the PEP specs share (docs/virtual-school.md §9.9): children entering and leaving care as Placements' events
/// published on the broker, the PEPs and history they leave in the Virtual School's database, schools and enrolments
/// recorded through the API.
/// </summary>
public abstract class PepSpecs(InfrastructureFixture fixture, IReadOnlyDictionary<string, string?>? settings = null) : VirtualSchoolSpecs(fixture, settings)
{
    protected const string Derby = "E06000015";
    protected const string Derbyshire = "E10000007";
    protected static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    protected static readonly int SchoolYearStarts = Today.Month >= 9 ? Today.Year : Today.Year - 1;

    /// <summary>In Year 6 this school year: of school age on any due date within it.</summary>
    protected static readonly DateOnly Year6Birthday = new(SchoolYearStarts - 10, 3, 15);

    /// <summary>A PEP's content with every section filled: submittable.</summary>
    protected static object FullContent(DateOnly meetingOn, object[]? targets = null) => new
    {
        sections = new Dictionary<string, string>
        {
            ["educationalHistory"] = "Three primary schools before Year 4.", ["attendance"] = "96% this term.", ["conduct"] = "No incidents.",
            ["achievementsAndSen"] = "Reading at age-related expectations; no SEN.", ["currentArrangements"] = "Mainstream, full time.",
            ["plannedChanges"] = "None planned.", ["leisureInterests"] = "Football club on Saturdays.", ["carersRole"] = "Reads with Ava nightly.",
            ["childsVoice"] = "I like maths and want to join the choir.",
        },
        meetingOn = Iso(meetingOn),
        attendees = new[] { "Designated teacher", "Social worker", "Ava" },
        targets = targets ?? [new { what = "Read 20 minutes a day", who = "Carer", byWhen = Iso(meetingOn.AddDays(60)), fundingRequested = 150.00m }],
    };

    protected IBus Bus => VirtualSchoolService.Services.GetRequiredService<IBus>();

    protected HttpClient Staff => VirtualSchoolAs(Roles.VirtualSchool);

    protected HttpClient School(string urn) => VirtualSchoolService.CreateClient(TestTokens.ForSchool(urn));

    protected static ChildEnteredCare Entered(Guid childId, Guid periodId, DateOnly enteredOn, DateOnly? born = null, DateTimeOffset? at = null) =>
        new(childId, periodId, "Ava", "Pep", born ?? Year6Birthday, enteredOn, "C2", "N1", "U4", Derby, false, at ?? DateTimeOffset.UtcNow);

    protected static ChildLeftCare Left(ChildEnteredCare entered, DateOnly leftOn, string reasonCeased, DateTimeOffset? at = null) =>
        new(entered.ChildId, entered.PeriodOfCareId, entered.GivenName, entered.FamilyName, entered.DateOfBirth, entered.EnteredCareOn, leftOn,
            reasonCeased, at ?? DateTimeOffset.UtcNow);

    protected async Task PublishAsync<T>(T message, Guid? messageId = null) where T : class =>
        await Bus.Publish(message, context => context.MessageId = messageId ?? Guid.NewGuid());

    protected async Task<int> ConsumedAsync(string consumer)
    {
        await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>().Set<InboxMessage>().CountAsync(m => m.Consumer == consumer);
    }

    protected Task WaitConsumedAsync(string consumer, int count) =>
        Eventually.ReturnsAsync(() => ConsumedAsync(consumer), n => n >= count, $"{count} messages consumed by {consumer}");

    /// <summary>A child of ours entered care (5 days ago unless said), once the Virtual School has consumed it.</summary>
    protected async Task<ChildEnteredCare> InCareAsync(DateOnly? enteredOn = null, DateOnly? born = null)
    {
        var entered = Entered(Guid.NewGuid(), Guid.NewGuid(), enteredOn ?? Today.AddDays(-5), born);
        var consumed = await ConsumedAsync("ChildEnteredCareConsumer");
        await PublishAsync(entered);
        await WaitConsumedAsync("ChildEnteredCareConsumer", consumed + 1);
        return entered;
    }

    protected async Task<List<PepRow>> PepsAsync(Guid pupilId)
    {
        await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>().Set<PepRow>().AsNoTracking()
            .Where(p => p.PupilId == pupilId).OrderBy(p => p.CreatedAt).ToListAsync();
    }

    protected async Task<List<string>> HistoryAsync(Guid pepId)
    {
        await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>().Set<PepHistoryRow>().AsNoTracking()
            .Where(h => h.PepId == pepId).OrderBy(h => h.Id).Select(h => h.Action + ":" + h.StatusAfter).ToListAsync();
    }

    /// <summary>The pupil's PEPs as if the Virtual School had completed them on <paramref name="on"/>.</summary>
    protected async Task MarkCompletedAsync(Guid pupilId, DateOnly on)
    {
        await using var scope = VirtualSchoolService.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>().Set<PepRow>().Where(p => p.PupilId == pupilId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, "completed").SetProperty(p => p.CompletedOn, on));
    }

    protected async Task RecordSchoolAsync(string urn, string name)
    {
        using var staff = Staff;
        var response = await staff.PostAsJsonAsync("/api/virtual-school/schools",
            new { urn, name, phase = "primary", provisionType = "mainstream", localAuthorityCode = Derby });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    protected async Task<HttpResponseMessage> EnrolAsync(Guid pupilId, string urn, DateOnly startsOn)
    {
        using var staff = Staff;
        return await staff.PostAsJsonAsync($"/api/virtual-school/pupils/{pupilId}/enrolments", new { urn, startsOn = Iso(startsOn), registration = "single" });
    }

    protected static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
