namespace CorporateParenting.Contracts.Health;

/// <summary>
/// An SDQ total of 17 or more ("cause for concern", DfE band): the Virtual School and the social worker review the
/// child's plans. Scores only: the questionnaire's wording is copyright and never leaves the Health service.
/// </summary>
/// <param name="Band">Normal, Borderline or Concern.</param>
/// <param name="Informant">Carer, Teacher or Self.</param>
public sealed record SdqScored(
    Guid SdqId,
    Guid ChildId,
    DateOnly CompletedOn,
    string Informant,
    int TotalDifficulties,
    string Band,
    DateTimeOffset OccurredAt);
