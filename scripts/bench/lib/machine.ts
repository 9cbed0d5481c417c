/** One line about the machine a benchmark ran on: figures mean little without the load beside them. */
import os from 'node:os';

export const machineLine = (): string => {
  const [one = 0, five = 0] = os.loadavg();
  return (
    `machine: ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ` +
    `load average ${one.toFixed(2)} (1 min) ${five.toFixed(2)} (5 min), Node ${process.versions.node}`
  );
};
