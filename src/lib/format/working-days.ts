// The bureau's response time in words, one way everywhere: the footer, the contact page, both intakes and their mails.

/** "1 werkdag", "2 werkdagen". */
export const workingDaysText = (days: number) => (days === 1 ? '1 werkdag' : `${days} werkdagen`);
