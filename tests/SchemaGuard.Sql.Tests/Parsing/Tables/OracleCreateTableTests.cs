using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Tables
{
    public class OracleCreateTableTests
    {
        private static readonly SqlDialect Oracle = SqlDialect.Oracle;

        [Fact]
        public void Reads_columns_types_nullability_and_inline_named_constraints()
        {
            const string sql = @"CREATE TABLE hr.employees
    ( employee_id    NUMBER(6)
    , last_name      VARCHAR2(25 BYTE) CONSTRAINT emp_last_name_nn NOT NULL
    , salary         NUMBER(8,2) DEFAULT 0 CONSTRAINT emp_salary_min CHECK (salary > 0)
    , notes          LONG
    , photo          LONG RAW
    , hired          TIMESTAMP(6) WITH LOCAL TIME ZONE
    , CONSTRAINT emp_pk PRIMARY KEY (employee_id)
    )";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Oracle);

            Assert.Equal(StatementKind.CreateTable, create.Kind);
            Assert.Equal("HR.EMPLOYEES", create.Name.Normalized);
            Assert.Equal(new[] { "employee_id", "last_name", "salary", "notes", "photo", "hired" }, create.Columns.Select(c => c.Name.Text));

            var id = create.Columns[0];
            Assert.Equal("NUMBER", id.DataType!.Name);
            Assert.Equal(new[] { "6" }, id.DataType.Arguments);
            Assert.Null(id.IsNullable);

            var lastName = create.Columns[1];
            Assert.Equal(new[] { "25 BYTE" }, lastName.DataType!.Arguments);
            Assert.False(lastName.IsNullable);
            var nn = Assert.Single(lastName.Constraints);
            Assert.Equal(ConstraintKind.NotNull, nn.Kind);
            Assert.True(nn.IsInline);
            Assert.Equal("emp_last_name_nn", nn.Name!.Text);
            Assert.Equal("CONSTRAINT emp_last_name_nn NOT NULL", script.Text(nn));

            var salary = create.Columns[2];
            Assert.Equal(new[] { "8", "2" }, salary.DataType!.Arguments);
            Assert.Equal("0", script.Text(salary.Default!));
            var check = Assert.Single(salary.Constraints);
            Assert.Equal(ConstraintKind.Check, check.Kind);
            Assert.Equal("(salary > 0)", script.Text(check.Expression!));

            Assert.Equal("LONG", create.Columns[3].DataType!.Name);
            Assert.Equal("LONG RAW", create.Columns[4].DataType!.Name);
            Assert.Equal("TIMESTAMP WITH LOCAL TIME ZONE", create.Columns[5].DataType!.Name);
            Assert.Equal(new[] { "6" }, create.Columns[5].DataType!.Arguments);

            var pk = Assert.Single(create.Constraints);
            Assert.Equal(ConstraintKind.PrimaryKey, pk.Kind);
            Assert.False(pk.IsInline);
            Assert.Equal(new[] { "employee_id" }, pk.Columns.Names());
            Assert.Equal("CONSTRAINT emp_pk PRIMARY KEY (employee_id)", script.Text(pk));
        }

        [Fact]
        public void Foreign_key_keeps_the_span_of_on_delete_cascade_and_of_the_action_word()
        {
            const string sql = "CREATE TABLE order_items (order_id NUMBER(12) CONSTRAINT oi_fk REFERENCES orders (order_id) ON DELETE CASCADE ENABLE NOVALIDATE, qty NUMBER)";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Oracle);

            var fk = Assert.Single(create.Columns[0].Constraints);
            Assert.Equal(ConstraintKind.ForeignKey, fk.Kind);
            Assert.True(fk.IsInline);
            Assert.Equal("ORDERS", fk.References!.Table.Normalized);
            Assert.Equal(new[] { "order_id" }, fk.References.Columns.Names());
            var onDelete = fk.References.OnDelete!;
            Assert.Equal(ReferentialAction.Cascade, onDelete.Action);
            Assert.Equal("ON DELETE CASCADE", script.Text(onDelete));
            Assert.Equal("CASCADE", script.Text(onDelete.ActionSpan));
            Assert.Null(fk.References.OnUpdate);
            Assert.Equal("ENABLE", script.Text(fk.Enabled!));
            Assert.Equal("NOVALIDATE", script.Text(fk.Novalidate!));
            Assert.Equal("CONSTRAINT oi_fk REFERENCES orders (order_id) ON DELETE CASCADE ENABLE NOVALIDATE", script.Text(fk));
        }

        [Fact]
        public void On_delete_set_null_action_span_covers_both_words()
        {
            const string sql = "CREATE TABLE c (p NUMBER, CONSTRAINT c_fk FOREIGN KEY (p) REFERENCES p (id) ON DELETE SET NULL)";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Oracle);

            var fk = Assert.Single(create.Constraints);
            Assert.Equal(new[] { "p" }, fk.Columns.Names());
            Assert.Equal(ReferentialAction.SetNull, fk.References!.OnDelete!.Action);
            Assert.Equal("ON DELETE SET NULL", script.Text(fk.References.OnDelete));
            Assert.Equal("SET NULL", script.Text(fk.References.OnDelete.ActionSpan));
        }

        [Fact]
        public void Storage_clauses_are_read_and_nologging_has_its_span()
        {
            const string sql = @"CREATE TABLE big_facts (id NUMBER, doc CLOB, payload BLOB)
  PCTFREE 10 INITRANS 4
  STORAGE (INITIAL 64K NEXT 1M MAXEXTENTS UNLIMITED)
  TABLESPACE users NOLOGGING COMPRESS FOR OLTP
  LOB (doc) STORE AS SECUREFILE doc_seg (TABLESPACE lobs NOCACHE NOLOGGING)
  LOB (payload) STORE AS (ENABLE STORAGE IN ROW CHUNK 8192 CACHE READS LOGGING)
  ENABLE ROW MOVEMENT CACHE PARALLEL 4 SEGMENT CREATION DEFERRED MONITORING";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Oracle);

            Assert.Equal("users", create.Tablespace!.Text);
            Assert.Equal(LoggingMode.NoLogging, create.Logging!.Mode);
            Assert.Equal("NOLOGGING", script.Text(create.Logging));
            Assert.Equal(sql.IndexOf("NOLOGGING COMPRESS", System.StringComparison.Ordinal), create.Logging.Span.Start);

            Assert.Equal(3, create.AllLoggingClauses.Count);
            Assert.Same(create.Logging, create.AllLoggingClauses[0]);
            Assert.Equal(new[] { LoggingMode.NoLogging, LoggingMode.NoLogging, LoggingMode.Logging }, create.AllLoggingClauses.Select(l => l.Mode));
            Assert.Equal(sql.IndexOf("NOLOGGING)", System.StringComparison.Ordinal), create.AllLoggingClauses[1].Span.Start);
            Assert.Equal(2, create.StorageLoggingClauses.Count);
        }

        [Fact]
        public void Logging_clauses_are_not_yielded_twice_as_children()
        {
            const string sql = "CREATE TABLE t (a NUMBER) NOLOGGING LOB (a) STORE AS (NOLOGGING)";
            var (_, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Oracle);

            var logging = create.DescendantsAndSelf().OfType<LoggingClause>().ToList();
            Assert.Equal(2, logging.Count);
            Assert.Equal(logging, create.AllLoggingClauses);
        }

        [Fact]
        public void Global_temporary_table_with_on_commit()
        {
            const string sql = "CREATE GLOBAL TEMPORARY TABLE gtt_orders (id NUMBER) ON COMMIT PRESERVE ROWS";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Oracle);

            Assert.True(create.IsTemporary);
            Assert.True(create.IsGlobalTemporary);
            Assert.Equal("GLOBAL TEMPORARY", create.Temporary!.Keyword);
            Assert.Equal("GLOBAL TEMPORARY", script.Text(create.Temporary));
            Assert.Equal("ON COMMIT PRESERVE ROWS", create.OnCommit!.Keyword);
            Assert.Equal("ON COMMIT PRESERVE ROWS", script.Text(create.OnCommit));
        }

        [Fact]
        public void Private_temporary_table()
        {
            var (_, create) = TableParsing.ParseSingle<CreateTableStatement>("CREATE PRIVATE TEMPORARY TABLE ora$ptt_x (id NUMBER) ON COMMIT DROP DEFINITION", Oracle);

            Assert.Equal("PRIVATE TEMPORARY", create.Temporary!.Keyword);
            Assert.True(create.IsTemporary);
            Assert.False(create.IsGlobalTemporary);
            Assert.Equal("ON COMMIT DROP DEFINITION", create.OnCommit!.Keyword);
        }

        [Fact]
        public void Range_partitioning_with_interval_and_partition_attributes()
        {
            const string sql = @"CREATE TABLE sales (id NUMBER, time_id DATE NOT NULL)
  PARTITION BY RANGE (time_id) INTERVAL (NUMTOYMINTERVAL(1, 'MONTH'))
  ( PARTITION p2019 VALUES LESS THAN (TO_DATE('2020-01-01', 'YYYY-MM-DD')) TABLESPACE ts_2019 NOLOGGING COMPRESS
  , PARTITION p2020 VALUES LESS THAN (MAXVALUE) TABLESPACE ts_2020
      (SUBPARTITION sp1 NOLOGGING)
  )";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Oracle);

            var partitioning = create.Partitioning!;
            Assert.Equal("RANGE", partitioning.Method);
            Assert.Equal(new[] { "time_id" }, partitioning.Columns.Names());
            Assert.Equal("(NUMTOYMINTERVAL(1, 'MONTH'))", script.Text(partitioning.Interval!));
            Assert.Equal(2, partitioning.Partitions.Count);
            var p2019 = partitioning.Partitions[0];
            Assert.Equal("p2019", p2019.Name!.Text);
            Assert.Equal("ts_2019", p2019.Tablespace!.Text);
            Assert.Equal("NOLOGGING", script.Text(p2019.Logging!));
            Assert.Null(partitioning.Partitions[1].Logging);
            Assert.Equal("ts_2020", partitioning.Partitions[1].Tablespace!.Text);

            // The subpartition's NOLOGGING is still seen.
            Assert.Equal(2, create.AllLoggingClauses.Count);
            Assert.Null(create.Logging);
        }

        [Fact]
        public void Hash_reference_and_list_partitioning()
        {
            var (_, hash) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE h (id NUMBER) PARTITION BY HASH (id) PARTITIONS 8 STORE IN (ts1, ts2)", Oracle);
            Assert.Equal("HASH", hash.Partitioning!.Method);
            Assert.Empty(hash.Partitioning.Partitions);

            var (_, reference) = TableParsing.ParseSingle<CreateTableStatement>(
                "CREATE TABLE lines (id NUMBER, order_id NUMBER NOT NULL, CONSTRAINT fk_o FOREIGN KEY (order_id) REFERENCES orders (id)) PARTITION BY REFERENCE (fk_o)", Oracle);
            Assert.Equal("REFERENCE", reference.Partitioning!.Method);
            Assert.Equal("fk_o", reference.Partitioning.ReferenceConstraint!.Text);

            var (_, list) = TableParsing.ParseSingle<CreateTableStatement>(
                "CREATE TABLE l (region VARCHAR2(10)) PARTITION BY LIST (region) AUTOMATIC (PARTITION p_east VALUES ('EAST'), PARTITION p_other VALUES (DEFAULT))", Oracle);
            Assert.Equal("LIST", list.Partitioning!.Method);
            Assert.Equal(new[] { "p_east", "p_other" }, list.Partitioning.Partitions.Select(p => p.Name!.Text));
        }

        [Fact]
        public void Index_organized_and_external_tables()
        {
            var (_, iot) = TableParsing.ParseSingle<CreateTableStatement>(
                "CREATE TABLE cache (k VARCHAR2(30), v VARCHAR2(100), CONSTRAINT cache_pk PRIMARY KEY (k)) ORGANIZATION INDEX PCTTHRESHOLD 20 INCLUDING v OVERFLOW TABLESPACE users", Oracle);
            Assert.Equal(TableOrganization.Index, iot.Organization);

            var (_, external) = TableParsing.ParseSingle<CreateTableStatement>(
                "CREATE TABLE ext (a NUMBER) ORGANIZATION EXTERNAL (TYPE ORACLE_LOADER DEFAULT DIRECTORY d ACCESS PARAMETERS (FIELDS TERMINATED BY ',') LOCATION ('a.csv')) REJECT LIMIT UNLIMITED", Oracle);
            Assert.Equal(TableOrganization.External, external.Organization);

            var (_, heap) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE plain (a NUMBER)", Oracle);
            Assert.Equal(TableOrganization.Heap, heap.Organization);
        }

        [Fact]
        public void Virtual_columns_have_no_type_requirement_and_keep_their_expression()
        {
            const string sql = "CREATE TABLE emp (sal NUMBER, comm NUMBER, total AS (sal + comm) VIRTUAL, bonus NUMBER GENERATED ALWAYS AS (sal * 0.1) VIRTUAL)";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Oracle);

            var total = create.Columns[2];
            Assert.Null(total.DataType);
            Assert.Equal("(sal + comm)", script.Text(total.GeneratedAs!));
            Assert.Equal("VIRTUAL", total.GeneratedStorage!.Keyword);

            var bonus = create.Columns[3];
            Assert.Equal("NUMBER", bonus.DataType!.Name);
            Assert.Equal("(sal * 0.1)", script.Text(bonus.GeneratedAs!));
            Assert.Null(bonus.Identity);
        }

        [Fact]
        public void Identity_columns_keep_their_words()
        {
            const string sql = "CREATE TABLE t (id NUMBER GENERATED BY DEFAULT ON NULL AS IDENTITY (START WITH 1 INCREMENT BY 1) PRIMARY KEY, n NUMBER)";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Oracle);

            var identity = create.Columns[0].Identity!;
            Assert.Equal("GENERATED BY DEFAULT ON NULL AS IDENTITY", identity.Keyword);
            Assert.Equal("GENERATED BY DEFAULT ON NULL AS IDENTITY (START WITH 1 INCREMENT BY 1)", script.Text(identity));
            Assert.Equal(ConstraintKind.PrimaryKey, Assert.Single(create.Columns[0].Constraints).Kind);
        }

        [Fact]
        public void Object_tables_nested_tables_and_varrays()
        {
            const string sql = @"CREATE TABLE print_media OF media_typ
    ( product_id PRIMARY KEY )
    NESTED TABLE ad_textdocs_ntab STORE AS textdocs_nestedtab RETURN AS LOCATOR
    VARRAY phones STORE AS SECUREFILE LOB phones_lob (NOLOGGING)
    XMLTYPE COLUMN spec STORE AS SECUREFILE BINARY XML (CACHE)";
            var (_, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Oracle);

            Assert.Equal("MEDIA_TYP", create.ObjectType!.Normalized);
            var column = Assert.Single(create.Columns);
            Assert.Null(column.DataType);
            Assert.Equal(ConstraintKind.PrimaryKey, Assert.Single(column.Constraints).Kind);
            Assert.Single(create.AllLoggingClauses);
        }

        [Fact]
        public void Interval_and_user_defined_types()
        {
            const string sql = "CREATE TABLE t (w INTERVAL YEAR(2) TO MONTH, d INTERVAL DAY(3) TO SECOND(6), g MDSYS.SDO_GEOMETRY, a cust_address_typ, x XMLTYPE)";
            var (_, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Oracle);

            Assert.Equal("INTERVAL YEAR TO MONTH", create.Columns[0].DataType!.Name);
            Assert.Equal(new[] { "2" }, create.Columns[0].DataType!.Arguments);
            Assert.Equal("INTERVAL DAY TO SECOND", create.Columns[1].DataType!.Name);
            Assert.Equal(new[] { "3", "6" }, create.Columns[1].DataType!.Arguments);
            Assert.Equal("MDSYS.SDO_GEOMETRY", create.Columns[2].DataType!.Name);
            Assert.Equal("MDSYS.SDO_GEOMETRY", create.Columns[2].DataType!.TypeName!.Normalized);
            Assert.Equal("CUST_ADDRESS_TYP", create.Columns[3].DataType!.TypeName!.Normalized);
            Assert.Null(create.Columns[4].DataType!.TypeName);
        }

        [Fact]
        public void Create_table_as_select_reads_the_source_tables()
        {
            const string sql = "CREATE TABLE emp_copy NOLOGGING PARALLEL 8 AS SELECT e.*, d.name FROM hr.employees e JOIN departments d ON d.id = e.dept_id WHERE e.active = 1";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Oracle);

            Assert.Equal("NOLOGGING", script.Text(create.Logging!));
            Assert.Equal(sql.Substring(sql.IndexOf("SELECT", System.StringComparison.Ordinal)), script.Text(create.AsQuery!));
            Assert.Equal(new[] { "HR.EMPLOYEES", "DEPARTMENTS" }, create.AsQuery!.SourceTables.Select(t => t.Normalized));
            Assert.Empty(create.Columns);
        }

        [Fact]
        public void Using_index_clause_names_the_index_or_reads_its_attributes()
        {
            const string sql = @"CREATE TABLE t (
  id NUMBER CONSTRAINT t_pk PRIMARY KEY USING INDEX t_pk_ix,
  code VARCHAR2(10) CONSTRAINT t_uk UNIQUE USING INDEX TABLESPACE idx PCTFREE 5 NOLOGGING)";
            var (_, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Oracle);

            Assert.Equal("t_pk_ix", create.Columns[0].Constraints[0].UsingIndexName!.Text);
            Assert.Null(create.Columns[1].Constraints[0].UsingIndexName);
            Assert.Single(create.AllLoggingClauses);
        }

        [Fact]
        public void Reads_dbms_metadata_exports()
        {
            const string sql = @"  CREATE TABLE ""HR"".""EMP"" 
   (	""ID"" NUMBER GENERATED ALWAYS AS IDENTITY MINVALUE 1 MAXVALUE 9999999999999999999999999999 INCREMENT BY 1 START WITH 1 CACHE 20 NOORDER  NOCYCLE  NOKEEP  NOSCALE  NOT NULL ENABLE, 
	""DOC"" CLOB COLLATE ""USING_NLS_COMP"", 
	 CONSTRAINT ""EMP_PK"" PRIMARY KEY (""ID"")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE ""USERS""  ENABLE, 
	 CONSTRAINT ""EMP_FK"" FOREIGN KEY (""ID"")
	  REFERENCES ""HR"".""DEPT"" (""ID"") ON DELETE CASCADE ENABLE
   )  DEFAULT COLLATION ""USING_NLS_COMP"" SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE ""USERS"" 
 LOB (""DOC"") STORE AS SECUREFILE (
  TABLESPACE ""USERS"" ENABLE STORAGE IN ROW 4000 CHUNK 8192
  NOCACHE NOLOGGING  NOCOMPRESS  KEEP_DUPLICATES )";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Oracle);

            Assert.Equal("HR.EMP", create.Name.Normalized);
            var id = create.Columns[0];
            Assert.Equal("GENERATED ALWAYS AS IDENTITY", id.Identity!.Keyword);
            Assert.EndsWith("NOSCALE", script.Text(id.Identity));
            Assert.False(id.IsNullable);
            Assert.Equal("USING_NLS_COMP", create.Columns[1].Collation!.Value);
            Assert.Equal(ReferentialAction.Cascade, create.Constraints[1].References!.OnDelete!.Action);
            Assert.Equal("USERS", create.Tablespace!.Text);
            Assert.Equal(LoggingMode.Logging, create.Logging!.Mode);
            Assert.Equal(new[] { LoggingMode.Logging, LoggingMode.NoLogging }, create.AllLoggingClauses.Select(l => l.Mode));
        }

        [Fact]
        public void Cluster_tables()
        {
            var (_, create) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE emp (deptno NUMBER(2)) CLUSTER emp_dept (deptno)", Oracle);
            Assert.Equal("EMP_DEPT", create.Cluster!.Normalized);
        }
    }
}
