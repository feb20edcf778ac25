ALTER TABLE `insured_persons` ADD `maternity_beneficiary` text;--> statement-breakpoint
ALTER TABLE `settlements` ADD `maternity_payment` integer DEFAULT 0 NOT NULL;