DELETE FROM dbo.Orders;
DELETE dbo.Orders WHERE OrderId = 1;
DELETE TOP (1000) FROM dbo.Log WITH (ROWLOCK, READPAST) WHERE LoggedAt < DATEADD(day, -30, SYSUTCDATETIME());
DELETE TOP (10) PERCENT FROM dbo.Log OUTPUT deleted.Id INTO @ids WHERE 1 = 1 OPTION (MAXDOP 1);
DELETE o FROM dbo.Orders AS o INNER JOIN dbo.Customers c ON o.CustomerId = c.Id WHERE c.IsDeleted = 1;
DELETE FROM dbo.Orders FROM dbo.Orders o JOIN #gone g ON g.Id = o.Id;
DELETE FROM dbo.Cursorized WHERE CURRENT OF c1;
UPDATE dbo.Orders SET Status = N'closed';
UPDATE TOP (100) dbo.Orders WITH (UPDLOCK) SET Status = 'x', @count += 1 OUTPUT inserted.Id WHERE Status IS NULL;
UPDATE o SET o.Total = s.Total, Qty += 1 FROM dbo.Orders o JOIN dbo.Sums s ON s.Id = o.Id WHERE s.Total > 0;
UPDATE t SET @v = col = col + 1;
INSERT INTO dbo.Orders (CustomerId, Total) VALUES (1, 10.5), (2, $20);
INSERT dbo.Orders DEFAULT VALUES;
INSERT INTO dbo.Archive WITH (TABLOCK) (Id) SELECT Id FROM dbo.Orders WHERE Closed = 1;
INSERT INTO #t (Id) OUTPUT inserted.Id VALUES (NEXT VALUE FOR dbo.Seq);
INSERT INTO @tbl EXEC dbo.GetRows @p = 1;
INSERT TOP (5) INTO t SELECT * FROM u;
MERGE dbo.Target AS tgt
USING (SELECT Id, Val FROM dbo.Source) AS src (Id, Val)
ON tgt.Id = src.Id
WHEN MATCHED AND tgt.Val <> src.Val THEN
    UPDATE SET Val = src.Val
WHEN NOT MATCHED BY TARGET THEN
    INSERT (Id, Val) VALUES (src.Id, src.Val)
WHEN NOT MATCHED BY SOURCE THEN
    DELETE
OUTPUT $action, inserted.Id;
TRUNCATE TABLE dbo.Log;
TRUNCATE TABLE dbo.Fact WITH (PARTITIONS (1, 3 TO 5));
