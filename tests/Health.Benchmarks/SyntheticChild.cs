extern alias HealthApi;

using HealthApi::Health.Api.Infrastructure.Records;

namespace Health.Benchmarks;

/// <summary>One child as the Health service holds them: periods of care on the child, assessments with their events, SDQs.</summary>
public sealed record SyntheticChild(HealthChildRecord Child, IReadOnlyList<HealthAssessmentRecord> Assessments, IReadOnlyList<SdqRecord> Sdqs);
