global using Xunit;
global using Kennisbank.TestSupport;
