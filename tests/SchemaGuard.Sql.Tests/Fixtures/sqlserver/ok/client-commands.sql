:setvar Schema dbo
USE [master]
GO
CREATE TABLE $(Schema).audit_log (id INT, msg NVARCHAR(100))
GO 2
PRINT 'done; really'
go
