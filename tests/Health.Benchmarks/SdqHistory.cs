extern alias HealthApi;

using CorporateParenting.Calendar;
using Health.Domain;
using HealthApi::Health.Api.Infrastructure.Rows;

namespace Health.Benchmarks;

/// <summary>
/// Yearly carer SDQs from the 4th birthday until the 17th while looked after, 85% returned each year, scored by the
/// domain's own scorer. Each child has a level of difficulty (mean 0.35, SD 0.15, per item scored 0–2), which puts
/// totals (0–40) around 14: about half normal, an eighth borderline and a third of concern, as for looked-after
/// children nationally.
/// </summary>
public sealed class SdqHistory(SyntheticRandom random, DateOnly today)
{
    private const string CompletedBy = "Foster carer";

    public IEnumerable<SdqRow> For(Guid childId, DateOnly dateOfBirth, CarePeriodRow period, double difficulty)
    {
        var fourth = Birthdays.Nth(dateOfBirth, SdqSchedule.FromAge);
        var seventeenth = Birthdays.Nth(dateOfBirth, SdqSchedule.UntilAge);
        var start = period.StartedOn!.Value;
        var lastDay = period.EndedOn is DateOnly end && end < today ? end : today;
        for (var on = (start > fourth ? start : fourth).AddDays(random.Between(14, 90)); on <= lastDay && on < seventeenth;
             on = CalendarMonths.Add(on, 12).AddDays(random.Between(-30, 45)))
        {
            if (random.Chance(0.85))
            {
                yield return Sdq(childId, on, difficulty);
            }
        }
    }

    private SdqRow Sdq(Guid childId, DateOnly on, double difficulty)
    {
        var responses = SdqItem.All.Select(item => random.Chance(0.02) ? null : (int?)Response(item, difficulty)).ToArray();
        var id = random.Id();
        var questionnaire = new SdqQuestionnaire(on, SdqInformant.Carer, SdqForm.Ages4To17, CompletedBy, new SdqResponses(responses));
        return SdqRow.Scored(id, childId, $"seed:sdq:{id:N}", questionnaire, AssessmentHistory.At(on, random.Between(8, 17)));
    }

    /// <summary>The response whose score is drawn: reverse-scored items are answered the other way round.</summary>
    private int Response(SdqItem item, double difficulty)
    {
        var score = random.Binomial(2, item.Subscale == SdqSubscale.Prosocial ? 0.7 : difficulty);
        return item.IsReverseScored ? 2 - score : score;
    }
}
