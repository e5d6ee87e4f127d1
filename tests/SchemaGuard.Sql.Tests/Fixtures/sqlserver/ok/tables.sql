-- SQL Server table DDL: the forms rules read.
CREATE TABLE [dbo].[Customers](
	[Id] [int] IDENTITY(1,1) NOT NULL,
	[Name] [nvarchar](200) NOT NULL,
	[Notes] [nvarchar](max) NULL,
	[RowGuid] [uniqueidentifier] ROWGUIDCOL NOT NULL CONSTRAINT [DF_Customers_RowGuid] DEFAULT (newid()),
 CONSTRAINT [PK_Customers] PRIMARY KEY CLUSTERED 
(
	[Id] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO

CREATE TABLE [dbo].[Orders](
	[OrderId] [int] IDENTITY(1,1) NOT NULL,
	[CustomerId] [int] NOT NULL,
	[Total] [decimal](18, 2) NOT NULL CONSTRAINT [DF_Orders_Total] DEFAULT ((0)),
	[Doubled] AS ([Total] * 2) PERSISTED,
	[Created] datetime2(7) NOT NULL,
	[Code] varchar(10) COLLATE Latin1_General_CI_AS SPARSE NULL,
	CONSTRAINT [PK_Orders] PRIMARY KEY NONCLUSTERED ([OrderId]),
	CONSTRAINT [FK_Orders_Customers] FOREIGN KEY ([CustomerId]) REFERENCES [dbo].[Customers] ([Id]) ON DELETE CASCADE ON UPDATE NO ACTION NOT FOR REPLICATION,
	CONSTRAINT [CK_Orders_Total] CHECK ([Total] >= 0),
	INDEX [IX_Orders_Customer] NONCLUSTERED ([CustomerId] DESC)
) WITH (DATA_COMPRESSION = PAGE)
GO

CREATE TABLE dbo.Sales (SaleDate date NOT NULL, Amount money NULL) ON psSales (SaleDate);

CREATE TABLE #work (id int PRIMARY KEY, payload varbinary(max));

CREATE TABLE ##shared (id int);

CREATE TABLE dbo.Temporal (
    Id int NOT NULL PRIMARY KEY CLUSTERED,
    ValidFrom datetime2 GENERATED ALWAYS AS ROW START HIDDEN NOT NULL,
    ValidTo datetime2 GENERATED ALWAYS AS ROW END HIDDEN NOT NULL,
    PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo)
) WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.TemporalHistory));

ALTER TABLE [dbo].[Orders]  WITH NOCHECK ADD  CONSTRAINT [FK_Orders_Customers2] FOREIGN KEY([CustomerId])
REFERENCES [dbo].[Customers] ([Id])
ON DELETE CASCADE
GO

ALTER TABLE [dbo].[Orders] CHECK CONSTRAINT [FK_Orders_Customers2]
GO

ALTER TABLE dbo.Orders WITH CHECK CHECK CONSTRAINT ALL
ALTER TABLE dbo.Orders NOCHECK CONSTRAINT FK_Orders_Customers, CK_Orders_Total
ALTER TABLE dbo.Orders ADD Note nvarchar(200) NULL, Flag bit NOT NULL CONSTRAINT DF_Orders_Flag DEFAULT 0 WITH VALUES
ALTER TABLE dbo.Orders ALTER COLUMN Note nvarchar(400) NOT NULL WITH (ONLINE = ON)
ALTER TABLE dbo.Orders
    ALTER COLUMN Total decimal(19, 4) NULL
ALTER TABLE dbo.Orders ADD CONSTRAINT DF_Orders_Created DEFAULT (getdate()) FOR Created
ALTER TABLE dbo.Orders DROP CONSTRAINT DF_Orders_Flag, CONSTRAINT IF EXISTS DF_Other, COLUMN Flag, Note
ALTER TABLE dbo.Orders DROP DF_Legacy
ALTER TABLE dbo.Orders DROP COLUMN IF EXISTS Code WITH (ONLINE = ON)
ALTER TABLE dbo.Orders REBUILD PARTITION = ALL WITH (DATA_COMPRESSION = PAGE, ONLINE = ON)
ALTER TABLE dbo.Orders SET (LOCK_ESCALATION = DISABLE)
ALTER TABLE dbo.Sales SWITCH PARTITION 1 TO dbo.SalesArchive PARTITION 1
ALTER TABLE dbo.Orders ENABLE TRIGGER ALL
GO

DROP TABLE IF EXISTS dbo.Sales, #work;
DROP TABLE dbo.Temporal
GO
