import type { Kysely, Migration, MigrationProvider } from "kysely";

export type Dialect = "sqlite" | "postgres";

/**
 * The store's versioned migrations, in order. Each runs once, in a transaction, and is recorded by Kysely's
 * migrator (tables kysely_migration and kysely_migration_lock); replicas starting together wait on its lock.
 * Never edit a published migration: add the next one.
 */
function migrations(dialect: Dialect): Record<string, Migration> {
  const id = dialect === "postgres" ? "serial" : "integer";
  return {
    "0001_reports": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("reports")
          .addColumn("id", id, (c) =>
            dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("compound", "text", (c) => c.notNull())
          .addColumn("section", "text", (c) => c.notNull())
          .addColumn("claims", "text", (c) => c.notNull().defaultTo("[]"))
          .addColumn("text", "text", (c) => c.notNull())
          .addColumn("source", "text")
          .addColumn("guild_id", "text")
          .addColumn("channel_id", "text")
          .addColumn("message_id", "text")
          .addColumn("reporter_id", "text", (c) => c.notNull())
          .addColumn("status", "text", (c) => c.notNull().defaultTo("open"))
          .addColumn("note", "text")
          .addColumn("resolved_at", "text")
          .addColumn("post_state", "text", (c) => c.notNull().defaultTo("none"))
          .addColumn("post_channel_id", "text")
          .addColumn("post_attempts", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("post_next_at", "text")
          .addColumn("post_error", "text")
          .addColumn("post_nonce", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("reports_status").on("reports").column("status").execute();
        await db.schema
          .createIndex("reports_post_due")
          .on("reports")
          .columns(["post_state", "post_next_at"])
          .execute();
      },
    },
    "0002_guild_settings": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("guild_settings")
          .addColumn("guild_id", "text", (c) => c.primaryKey())
          .addColumn("report_channel_id", "text")
          .addColumn("private_answers", "integer")
          .addColumn("answer_mentions", "integer")
          .addColumn("keep_unanswered", "integer")
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();
      },
    },
    "0003_unanswered": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("unanswered")
          .addColumn("id", id, (c) =>
            dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn("asked_at", "text", (c) => c.notNull())
          .addColumn("guild_id", "text")
          .addColumn("text", "text", (c) => c.notNull())
          .addColumn("compound", "text", (c) => c.notNull())
          .addColumn("subject", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("unanswered_asked_at").on("unanswered").column("asked_at").execute();
      },
    },
    "0004_guild_show_drafts": {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable("guild_settings").addColumn("show_drafts", "integer").execute();
      },
    },
    "0005_report_claim_ids": {
      async up(db: Kysely<unknown>) {
        // The ids of the claims a report's card showed; reports stored before it have none ("[]").
        await db.schema
          .alterTable("reports")
          .addColumn("claim_ids", "text", (c) => c.notNull().defaultTo("[]"))
          .execute();
      },
    },
  };
}

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: () => Promise.resolve(migrations(dialect)) };
}
