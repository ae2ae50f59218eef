import { Box, Text } from 'ink';
import type { LoadProgress } from '../model/types.js';

export interface LoadingViewProps {
  readonly source: string;
  readonly progress: LoadProgress | null;
}

/** `generating the credential report... 3/40`: never a blank screen. */
export function describeProgress(progress: LoadProgress | null): string {
  if (progress === null) return 'connecting...';

  const counted =
    progress.done === undefined
      ? ''
      : ` ${progress.done}${progress.total === undefined ? '' : `/${progress.total}`}`;
  return `${progress.step}...${counted}`;
}

export function LoadingView({ source, progress }: LoadingViewProps) {
  return (
    <Box flexDirection="column" paddingY={1}>
      <Text>Loading the IAM inventory from {source}</Text>
      <Text>{describeProgress(progress)}</Text>
    </Box>
  );
}
