import fc from 'fast-check';

// Property tests run the same cases on every machine, so CI is repeatable; FC_SEED explores others.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261125) });
