-- T-SQL basics: brackets, N strings, statements without semicolons
CREATE TABLE [dbo].[Order Lines] (
    [Id] INT IDENTITY(1,1) NOT NULL,
    [Note] NVARCHAR(200) NULL DEFAULT N'it''s fine',
    [Weird]]Name] INT NULL,
    CONSTRAINT [PK_Order Lines] PRIMARY KEY CLUSTERED ([Id])
);
INSERT INTO [dbo].[Order Lines] ([Note]) VALUES (N'a]b; c')
UPDATE #work SET x = 1 WHERE y = @p
SELECT TOP (1) [Note] FROM [dbo].[Order Lines] /* trailing; comment */
DELETE FROM [dbo].[Order Lines] WHERE [Id] = @@IDENTITY;
