CREATE TABLE `accumulators` (
	`person_id` integer NOT NULL,
	`year` integer NOT NULL,
	`values` text NOT NULL,
	`version` integer NOT NULL,
	PRIMARY KEY(`person_id`, `year`),
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `chronic_approvals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`disease_code` text NOT NULL,
	`approved_on` text NOT NULL,
	`valid_until` text,
	`created_by_institution_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `chronic_approvals_person` ON `chronic_approvals` (`person_id`,`disease_code`);--> statement-breakpoint
CREATE TABLE `claim_items` (
	`claim_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`tcm` integer NOT NULL,
	`negotiated_drug` integer NOT NULL,
	PRIMARY KEY(`claim_id`, `position`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`visit_type` text NOT NULL,
	`date` text NOT NULL,
	`institution_id` integer,
	`institution_level` text NOT NULL,
	`details` text NOT NULL,
	`created_by_institution_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claims_person` ON `claims` (`person_id`);--> statement-breakpoint
CREATE TABLE `institution_api_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`institution_id` integer NOT NULL,
	`key_hash` text NOT NULL,
	`key_prefix` text NOT NULL,
	`label` text NOT NULL,
	`created_at` text NOT NULL,
	`revoked_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `institution_api_keys_key_hash_unique` ON `institution_api_keys` (`key_hash`);--> statement-breakpoint
CREATE INDEX `institution_api_keys_institution` ON `institution_api_keys` (`institution_id`);--> statement-breakpoint
CREATE TABLE `insured_persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`id_number_hash` text NOT NULL,
	`id_number_masked` text NOT NULL,
	`city` text NOT NULL,
	`scheme` text NOT NULL,
	`employee_category` text,
	`retired` integer NOT NULL,
	`assistance_category` text,
	`assistance_major_disease_code` text,
	`enrolled_since` text NOT NULL,
	`minor` integer NOT NULL,
	`created_by_institution_id` integer,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `insured_persons_city_id_number` ON `insured_persons` (`city`,`id_number_hash`);--> statement-breakpoint
CREATE TABLE `person_institutions` (
	`person_id` integer NOT NULL,
	`institution_id` integer NOT NULL,
	`how` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`person_id`, `institution_id`),
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `personal_account_ledger` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`balance_after_fen` integer NOT NULL,
	`settlement_id` integer,
	`note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `personal_account_ledger_person` ON `personal_account_ledger` (`person_id`);--> statement-breakpoint
CREATE TABLE `personal_accounts` (
	`person_id` integer PRIMARY KEY NOT NULL,
	`balance_fen` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `remote_care_filings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`filing` text NOT NULL,
	`cross_province` integer NOT NULL,
	`valid_from` text NOT NULL,
	`valid_until` text,
	`by_commitment_without_proof` integer NOT NULL,
	`created_by_institution_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `remote_care_filings_person` ON `remote_care_filings` (`person_id`);--> statement-breakpoint
CREATE TABLE `settlements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`idempotency_key` text NOT NULL,
	`settled_by_institution_id` integer,
	`year` integer NOT NULL,
	`status` text NOT NULL,
	`total_amount` integer NOT NULL,
	`full_self_pay_amount` integer NOT NULL,
	`pre_self_pay_amount` integer NOT NULL,
	`policy_amount` integer NOT NULL,
	`deductible` integer NOT NULL,
	`basic_pool_payment` integer NOT NULL,
	`large_amount_payment` integer NOT NULL,
	`critical_illness_payment` integer NOT NULL,
	`assistance_payment` integer NOT NULL,
	`secondary_assistance_payment` integer NOT NULL,
	`fund_payment_total` integer NOT NULL,
	`personal_payment` integer NOT NULL,
	`personal_account_payment` integer NOT NULL,
	`cash_payment` integer NOT NULL,
	`policy_pack` text NOT NULL,
	`lines` text NOT NULL,
	`trace` text NOT NULL,
	`accumulator_delta` text NOT NULL,
	`settled_at` text NOT NULL,
	`reversed_at` text,
	`reversal_reason` text,
	`reversed_by_institution_id` integer,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `settlements_claim_id_unique` ON `settlements` (`claim_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `settlements_person_idempotency_key` ON `settlements` (`person_id`,`idempotency_key`);--> statement-breakpoint
CREATE INDEX `settlements_person_year` ON `settlements` (`person_id`,`year`);--> statement-breakpoint
CREATE INDEX `settlements_institution` ON `settlements` (`settled_by_institution_id`);--> statement-breakpoint
CREATE TABLE `two_disease_registrations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`disease` text NOT NULL,
	`registered_on` text NOT NULL,
	`created_by_institution_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `insured_persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `two_disease_registrations_person_disease` ON `two_disease_registrations` (`person_id`,`disease`);