CREATE TABLE `catalogue_entries` (
	`id` integer PRIMARY KEY NOT NULL,
	`catalogue` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`city` text NOT NULL,
	`scheme` text,
	`annual_limit_fen` integer,
	`validity_years` integer,
	`extra` text,
	`document` text NOT NULL,
	`source_table` text NOT NULL,
	`row` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `catalogue_entries_catalogue` ON `catalogue_entries` (`catalogue`,`city`,`scheme`);--> statement-breakpoint
CREATE INDEX `catalogue_entries_code` ON `catalogue_entries` (`catalogue`,`code`);--> statement-breakpoint
CREATE TABLE `institution_aliases` (
	`institution_id` integer NOT NULL,
	`alias` text NOT NULL,
	PRIMARY KEY(`institution_id`, `alias`),
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `institution_designations` (
	`institution_id` integer NOT NULL,
	`designation` text NOT NULL,
	`restriction` text,
	PRIMARY KEY(`institution_id`, `designation`),
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `institution_designations_designation` ON `institution_designations` (`designation`);--> statement-breakpoint
CREATE TABLE `institution_sources` (
	`institution_id` integer NOT NULL,
	`document` text NOT NULL,
	`source_table` text NOT NULL,
	`row` integer NOT NULL,
	`name_as_written` text NOT NULL,
	PRIMARY KEY(`document`, `source_table`, `row`),
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `institution_sources_institution` ON `institution_sources` (`institution_id`);--> statement-breakpoint
CREATE TABLE `institutions` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`city` text NOT NULL,
	`level` text NOT NULL,
	`address` text,
	`search_text` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `institutions_code_unique` ON `institutions` (`code`);--> statement-breakpoint
CREATE INDEX `institutions_city_level` ON `institutions` (`city`,`level`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
