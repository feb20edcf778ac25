CREATE TABLE `negotiated_drug_filings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`institution_id` integer NOT NULL,
	`drug` text NOT NULL,
	`filed_on` text NOT NULL,
	`valid_until` text NOT NULL,
	`reviewed_by_two_doctors` integer NOT NULL,
	`created_by_institution_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `negotiated_drug_filings_person` ON `negotiated_drug_filings` (`person_id`);--> statement-breakpoint
ALTER TABLE `insured_persons` ADD `contribution_gap_months` integer;--> statement-breakpoint
ALTER TABLE `insured_persons` ADD `enrolment_route` text;