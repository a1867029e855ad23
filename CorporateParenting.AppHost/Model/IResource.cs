namespace CorporateParenting.AppHost.Model;

public interface IResource
{
    string Name { get; }
}
