CREATE TABLE `catalogue_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`seed` text NOT NULL,
	`revision` integer NOT NULL,
	`changed_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `directory_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`institution_id` integer,
	`actor` text NOT NULL,
	`request_id` text,
	`changed_at` text NOT NULL,
	`effective_from` text,
	`old_value` text,
	`new_value` text NOT NULL,
	`note` text,
	`catalogue_version` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `directory_changes_institution` ON `directory_changes` (`institution_id`);--> statement-breakpoint
CREATE TABLE `institution_levels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`institution_id` integer NOT NULL,
	`effective_from` text,
	`level` text NOT NULL,
	`origin` text NOT NULL,
	`source` text,
	`change_id` integer,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `institution_levels_institution` ON `institution_levels` (`institution_id`,`effective_from`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_institution_designations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`institution_id` integer NOT NULL,
	`designation` text NOT NULL,
	`restriction` text,
	`effective_from` text,
	`effective_until` text,
	`origin` text DEFAULT 'SOURCE' NOT NULL,
	`change_id` integer,
	`end_change_id` integer,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_institution_designations`("institution_id", "designation", "restriction") SELECT "institution_id", "designation", "restriction" FROM `institution_designations`;--> statement-breakpoint
DROP TABLE `institution_designations`;--> statement-breakpoint
ALTER TABLE `__new_institution_designations` RENAME TO `institution_designations`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `institution_designations_institution` ON `institution_designations` (`institution_id`,`designation`);--> statement-breakpoint
CREATE INDEX `institution_designations_designation` ON `institution_designations` (`designation`);--> statement-breakpoint
ALTER TABLE `institutions` ADD `origin` text DEFAULT 'SOURCE' NOT NULL;--> statement-breakpoint
ALTER TABLE `institutions` ADD `closed_from` text;--> statement-breakpoint
ALTER TABLE `institutions` ADD `change_id` integer;--> statement-breakpoint
ALTER TABLE `settlements` ADD `assumptions` text DEFAULT '[]' NOT NULL;