import fc from 'fast-check';

// Property runs are repeatable in CI; set FC_SEED to explore other inputs locally.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261121) });
