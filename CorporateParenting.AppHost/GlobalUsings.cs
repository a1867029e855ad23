global using Aspire.Hosting;
global using Aspire.Hosting.ApplicationModel;
global using CorporateParenting.ServiceDefaults;
global using Microsoft.Extensions.Configuration;
