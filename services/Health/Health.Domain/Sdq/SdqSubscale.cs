namespace Health.Domain;

public enum SdqSubscale
{
    Emotional,
    Conduct,
    Hyperactivity,
    PeerProblems,
    Prosocial,
}
