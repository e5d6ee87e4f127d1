CREATE OR ALTER PROCEDURE dbo.PurgeOrders
    @Cutoff DATETIME2,
    @Batch AS INT = 1000,
    @Deleted INT OUTPUT
WITH EXECUTE AS OWNER
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON
    BEGIN TRY
        BEGIN TRAN
        DELETE TOP (@Batch) FROM dbo.Orders WHERE CreatedAt < @Cutoff
        SET @Deleted = @@ROWCOUNT
        IF @Deleted = 0
        BEGIN
            PRINT 'nothing to purge'
        END
        ELSE
        BEGIN
            UPDATE dbo.Stats SET Purged = Purged + @Deleted
        END
        COMMIT TRAN
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION
        EXEC dbo.LogError @Proc = N'PurgeOrders', @Message = 'failed'
        ;THROW
    END CATCH
END
GO

CREATE TRIGGER trg_Orders_Audit ON dbo.Orders
AFTER INSERT, UPDATE
AS
BEGIN
    SET NOCOUNT ON
    INSERT INTO dbo.OrdersAudit (OrderId, ChangedAt)
    SELECT i.Id, SYSUTCDATETIME() FROM inserted AS i
END
GO

CREATE FUNCTION dbo.OrdersSince (@Since DATETIME2)
RETURNS TABLE
WITH SCHEMABINDING
AS
RETURN (SELECT Id, Total FROM dbo.Orders WHERE CreatedAt >= @Since)
GO

CREATE PROC dbo.Ping AS SELECT 1
GO

DECLARE @rc INT, @n INT
EXEC @rc = dbo.PurgeOrders @Cutoff = '2020-01-01', @Deleted = @n OUTPUT
EXEC sp_rename 'dbo.Orders.Total', 'GrandTotal', 'COLUMN'
EXECUTE ('ALTER INDEX ALL ON dbo.Orders REBUILD WITH (ONLINE = ON)')
EXEC sp_executesql N'SELECT @a', N'@a INT', @a = 1
GO
