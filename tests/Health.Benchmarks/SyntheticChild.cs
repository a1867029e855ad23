extern alias HealthApi;

using HealthApi::Health.Api.Infrastructure.Rows;

namespace Health.Benchmarks;

/// <summary>One child as the Health service holds them: periods of care on the child, assessments with their events, SDQs.</summary>
public sealed record SyntheticChild(HealthChildRow Child, IReadOnlyList<HealthAssessmentRow> Assessments, IReadOnlyList<SdqRow> Sdqs);
