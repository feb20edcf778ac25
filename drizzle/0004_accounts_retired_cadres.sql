CREATE TABLE `contribution_bases` (
	`person_id` integer NOT NULL,
	`effective_from` text NOT NULL,
	`base_fen` integer NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`person_id`, `effective_from`),
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `family_account_bindings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`holder_person_id` integer NOT NULL,
	`member_person_id` integer NOT NULL,
	`relation` text NOT NULL,
	`bound_on` text NOT NULL,
	`unbound_on` text,
	`created_by_institution_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`holder_person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `family_account_bindings_member` ON `family_account_bindings` (`member_person_id`);--> statement-breakpoint
CREATE INDEX `family_account_bindings_holder` ON `family_account_bindings` (`holder_person_id`);--> statement-breakpoint
ALTER TABLE `claim_items` ADD `account_excluded` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `insured_persons` ADD `retired_on` text;--> statement-breakpoint
ALTER TABLE `insured_persons` ADD `birth_date` text;--> statement-breakpoint
ALTER TABLE `insured_persons` ADD `retired_cadre_wartime` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `insured_persons` ADD `retired_cadre_prefecture_level` integer DEFAULT false NOT NULL;