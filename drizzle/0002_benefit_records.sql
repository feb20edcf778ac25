CREATE TABLE `chronic_institution_choices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`chosen_on` text NOT NULL,
	`institution_ids` text NOT NULL,
	`created_by_institution_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `chronic_institution_choices_person` ON `chronic_institution_choices` (`person_id`);--> statement-breakpoint
CREATE TABLE `coverage_gaps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`from_date` text NOT NULL,
	`until_date` text,
	`created_by_institution_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `coverage_gaps_person` ON `coverage_gaps` (`person_id`);--> statement-breakpoint
CREATE TABLE `long_term_care_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`grade` integer NOT NULL,
	`valid_from` text NOT NULL,
	`valid_until` text NOT NULL,
	`created_by_institution_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `long_term_care_assessments_person` ON `long_term_care_assessments` (`person_id`);--> statement-breakpoint
CREATE TABLE `rare_disease_registrations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`disease` text NOT NULL,
	`registered_on` text NOT NULL,
	`valid_until` text NOT NULL,
	`created_by_institution_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rare_disease_registrations_person` ON `rare_disease_registrations` (`person_id`);--> statement-breakpoint
CREATE TABLE `special_drug_approvals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`approved_on` text NOT NULL,
	`valid_until` text NOT NULL,
	`drug_name` text,
	`created_by_institution_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `special_drug_approvals_person` ON `special_drug_approvals` (`person_id`);--> statement-breakpoint
ALTER TABLE `claim_items` ADD `disease_code` text;